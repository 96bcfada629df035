import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FormValidator } from '../services/intake/src/application/form-validator';
import { elapsedSeconds, round, type BenchResult } from './bench-kit';

const FIELDS = 600;
const REVISIONS = 300;
const NEAR_MISS = 30;

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function heapMiB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A large tenant form: every field a string with a pattern, a length and a description. */
function form(revision: number): Record<string, unknown> {
  const properties = Object.fromEntries(
    Array.from({ length: FIELDS }, (_, i) => [
      `field${i}`,
      { type: 'string', pattern: `^[A-Z]{2}-\\d{${1 + (i % 5)}}$`, maxLength: 50, description: `Field ${i}, revision ${revision}` },
    ]),
  );
  return { type: 'object', properties, required: ['field0'] };
}

/** Heap after revising one 600-field form 300 times (each revision validated once), against the heap before. */
function revisedForms(): BenchResult[] {
  const forms = new FormValidator();
  const before = heapMiB();
  const start = process.hrtime.bigint();
  for (let revision = 1; revision <= REVISIONS; revision += 1) {
    forms.errors('acme/onboarding', revision, form(revision), { field0: 'AB-1' }, '/fields');
  }
  const seconds = elapsedSeconds(start);
  const after = heapMiB();
  return [
    {
      name: `forms: heap growth after ${REVISIONS} revisions of a ${FIELDS}-field form`,
      value: round(after - before, 1),
      unit: 'MiB',
      target: { op: '<', value: 50 },
      baseline: { name: 'heap before', value: round(before, 1), unit: 'MiB' },
      notes: `${round(REVISIONS / seconds)} revisions compiled per second; the validator keeps each request type's current version only`,
    },
  ];
}

/** A near-miss against a backtracking pattern: RE2 (the form validator) against V8's own engine on a shorter input. */
function patternNearMiss(): BenchResult[] {
  const forms = new FormValidator();
  const pattern = '^(a+)+$';
  const schema = { type: 'object', properties: { code: { type: 'string', pattern } } };
  const value = { code: `${'a'.repeat(NEAR_MISS)}!` };
  forms.errors('acme/codes', 1, schema, value, '/fields');
  const runs = 1000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) forms.errors('acme/codes', 1, schema, value, '/fields');
  const re2Ms = (elapsedSeconds(start) * 1000) / runs;
  // V8 doubles its work per character: 20 characters already shows the curve without stalling the bench.
  const shorter = `${'a'.repeat(20)}!`;
  const nativeStart = process.hrtime.bigint();
  new RegExp(pattern, 'u').test(shorter);
  const nativeMs = elapsedSeconds(nativeStart) * 1000;
  return [
    {
      name: `forms: validating a ${NEAR_MISS}-character near-miss of ${pattern}`,
      value: round(re2Ms, 3),
      unit: 'ms',
      target: { op: '<', value: 10 },
      baseline: { name: `V8 RegExp on 20 characters (x2 per character more)`, value: round(nativeMs, 1), unit: 'ms' },
    },
  ];
}

/** The first submission of a form version compiles it (on an ajv instance of its own): the cost for a typical small form. */
function smallFormCompile(): BenchResult[] {
  const forms = new FormValidator();
  const schema = { type: 'object', properties: { email: { type: 'string', format: 'email' }, count: { type: 'integer', minimum: 1 } }, required: ['email'] };
  const runs = 200;
  const start = process.hrtime.bigint();
  for (let version = 1; version <= runs; version += 1) forms.errors('acme/small', version, schema, { email: 'rita@acme.example', count: 1 }, '/fields');
  const compileMs = (elapsedSeconds(start) * 1000) / runs;
  const validateStart = process.hrtime.bigint();
  for (let i = 0; i < runs * 100; i += 1) forms.errors('acme/small', runs, schema, { email: 'rita@acme.example', count: i + 1 }, '/fields');
  const validateMs = (elapsedSeconds(validateStart) * 1000) / (runs * 100);
  return [
    {
      name: 'forms: first submission of a small form version (compile + validate)',
      value: round(compileMs, 2),
      unit: 'ms',
      baseline: { name: 'later submissions of the same version', value: round(validateMs, 4), unit: 'ms' },
    },
  ];
}

export async function formsBenchmarks(): Promise<BenchResult[]> {
  return [...patternNearMiss(), ...smallFormCompile(), ...revisedForms()];
}
