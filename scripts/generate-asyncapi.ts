import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { asyncApiDocument } from '@deskstream/contracts';

/** `npm run asyncapi`: writes docs/asyncapi.yaml from libs/contracts. */
const root = join(__dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
writeFileSync(join(root, 'docs', 'asyncapi.yaml'), stringify(asyncApiDocument(version), { lineWidth: 120 }));
console.log('docs/asyncapi.yaml written');
