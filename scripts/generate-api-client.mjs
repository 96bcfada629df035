#!/usr/bin/env node
// Generates the TypeScript types of the API from its OpenAPI document with openapi-typescript:
//   node scripts/generate-api-client.mjs <document.json | http://host/docs-json> <out.d.ts>
// The committed types (services/standalone/src/api-client/deskstream-api.d.ts) are checked against
// the served document by the api-client suite; it rewrites them with UPDATE_API_CLIENT=1.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const [source, out] = process.argv.slice(2);
if (!source || !out) {
  console.error('usage: node scripts/generate-api-client.mjs <document.json | url> <out.d.ts>');
  process.exit(2);
}
const document = /^https?:/.test(source) ? await (await fetch(source)).json() : JSON.parse(await readFile(source, 'utf8'));
const header = '// Generated from the OpenAPI document by scripts/generate-api-client.mjs (openapi-typescript). Do not edit.\n';
await writeFile(out, header + astToString(await openapiTS(document)));
