// Lint: TypeScript rules plus the architecture's boundaries, which fail the build:
// - projects (Nx tags): a service depends on shared libs only; adapters never on services or the platform;
//   the kernel on nothing; only the standalone app composes services;
// - domain/: imports nothing but the kernel and its own domain, and reads no clock, randomness,
//   environment or network (time, ids and facts arrive in the command).
// services/standalone/src/architecture/lint-boundaries.int.spec.ts proves each rule refuses a bad file.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const DOMAIN_FILES = ['services/*/src/domain/**/*.ts', 'services/*/src/*/domain/**/*.ts'];

const nondeterminism = [
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'domain/ takes time as an input: no Date.now().' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ takes time as an input: no new Date() without an instant.' },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'domain/ takes ids and chances as inputs: no Math.random().' },
  { selector: 'ImportExpression', message: 'domain/ loads nothing at run time: no dynamic import().' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'data/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          // Test kits load the platform lazily so that container checks need no Nest; that is not a boundary.
          checkDynamicDependenciesExceptions: ['.*'],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:kernel'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:adapter', 'type:testing'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:adapter', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:kernel', 'type:adapter'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['scope:shared', 'type:service'] },
          ],
        },
      ],
    },
  },
  {
    // A service reaches another project only through its package name, which the tags above check.
    files: ['services/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*/src/**', '../../../*/src/**', '**/services/*/src/**', '**/libs/*/src/**'], message: 'import another project by its @deskstream/ name, never by path.' }] },
      ],
    },
  },
  {
    files: DOMAIN_FILES,
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
            { regex: '^\\.\\./(application|http|infrastructure|email|chat)|^\\.\\./\\.\\./|\\.module$', message: 'domain/ must not reach outside domain/.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...nondeterminism],
      'no-restricted-globals': [
        'error',
        { name: 'crypto', message: 'domain/ takes ids as inputs: no crypto.' },
        { name: 'fetch', message: 'domain/ does no I/O: no fetch.' },
        { name: 'process', message: 'domain/ reads no environment: no process.' },
        { name: 'setTimeout', message: 'domain/ keeps no timers: time arrives in the command.' },
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
