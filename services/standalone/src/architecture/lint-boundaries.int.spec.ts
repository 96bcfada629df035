import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The architecture's lint rules, proved on deliberately bad files: each one, placed where it would
 * live, must be refused by the rule that guards that boundary, and a well-behaved domain file must
 * pass, so that the rules cannot silently stop working (a missing project graph, a glob that no
 * longer matches, a rule switched off).
 */
const root = resolve(__dirname, '../../../..');

interface Finding {
  readonly ruleId: string | null;
  readonly message: string;
}

/** ESLint on `source` as if it were the file at `filePath`, with the workspace's own configuration. */
function lint(filePath: string, source: string): Promise<Finding[]> {
  const eslint = resolve(root, 'node_modules/eslint/bin/eslint.js');
  const child = spawn(process.execPath, [eslint, '--stdin', '--stdin-filename', filePath, '-f', 'json'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stdin.end(source);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', () => {
      const [result] = JSON.parse(stdout) as { messages: Finding[] }[];
      done(result?.messages ?? []);
    });
  });
}

const cases: [string, string, string, string][] = [
  ['a domain reading the clock', 'services/intake/src/domain/reads-clock.ts', 'export const now = () => Date.now();\n', 'no-restricted-syntax'],
  ['a domain making a date from nothing', 'services/incidents/src/domain/new-date.ts', 'export const today = () => new Date();\n', 'no-restricted-syntax'],
  ['a domain rolling dice', 'services/intake/src/domain/dice.ts', 'export const roll = () => Math.random();\n', 'no-restricted-syntax'],
  ['a domain generating ids', 'services/incidents/src/domain/ids.ts', 'export const id = () => crypto.randomUUID();\n', 'no-restricted-globals'],
  [
    'a domain calling the network',
    'services/intake/src/domain/network.ts',
    "export const call = () => fetch('http://example.com');\n",
    'no-restricted-globals',
  ],
  ['a domain reading the environment', 'services/intake/src/chat/domain/env.ts', 'export const mode = () => process.env.MODE;\n', 'no-restricted-globals'],
  ['a domain loading a module at run time', 'services/incidents/src/domain/loads.ts', "export const fs = () => import('node:fs');\n", 'no-restricted-syntax'],
  [
    'a domain importing its module',
    'services/intake/src/domain/module.ts',
    "import { IntakeModule } from '../intake.module';\nexport const m = IntakeModule;\n",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'a domain importing a framework',
    'services/incidents/src/domain/framework.ts',
    "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'a service importing another service',
    'services/intake/src/application/other-service.ts',
    "import { IncidentsModule } from '@deskstream/incidents';\nexport const m = IncidentsModule;\n",
    '@nx/enforce-module-boundaries',
  ],
  [
    'a service reaching into another by path',
    'services/intake/src/application/by-path.ts',
    "import { IncidentsModule } from '../../../incidents/src/incidents.module';\nexport const m = IncidentsModule;\n",
    'no-restricted-imports',
  ],
  [
    'an adapter importing the platform',
    'libs/messaging/src/uses-platform.ts',
    "import { PlatformModule } from '@deskstream/platform';\nexport const m = PlatformModule;\n",
    '@nx/enforce-module-boundaries',
  ],
  [
    'a lib importing a service',
    'libs/readmodels/src/uses-service.ts',
    "import { IntakeModule } from '@deskstream/intake';\nexport const m = IntakeModule;\n",
    '@nx/enforce-module-boundaries',
  ],
  [
    'the kernel taking a dependency',
    'libs/kernel/src/uses-luxon.ts',
    "import { DateTime } from 'luxon';\nexport const d = DateTime;\n",
    '@typescript-eslint/no-restricted-imports',
  ],
];

describe('lint refuses what the architecture forbids', () => {
  it.each(cases)('refuses %s', async (_what, filePath, source, rule) => {
    const findings = await lint(filePath, source);
    expect(findings.map((finding) => finding.ruleId)).toContain(rule);
  });

  it('lets a domain file that takes time and ids as inputs pass', async () => {
    const source =
      "import { ValidationFailed } from '@deskstream/kernel';\nexport const due = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();\nexport const E = ValidationFailed;\n";
    expect(await lint('services/incidents/src/domain/due.ts', source)).toEqual([]);
  });
});
