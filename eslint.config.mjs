// Lint: TypeScript rules plus the architecture's boundaries. A domain imports nothing but the kernel
// and its own service's domain; the kernel imports nothing but Node built-ins.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'data/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['services/*/src/domain/**/*.ts', 'services/*/src/*/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|@deskstream/kernel$)',
              message: 'domain/ imports only @deskstream/kernel and its own domain files (no framework, no I/O).',
            },
            { regex: '^\\.\\./(application|http|infrastructure)|^\\.\\./\\.\\./', message: 'domain/ must not reach outside domain/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/kernel/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.|node:(util|crypto)$)', message: 'the kernel has no dependencies.' }] },
      ],
    },
  },
);
