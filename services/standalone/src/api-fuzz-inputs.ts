/**
 * Bad input for every operation of an OpenAPI document, generated from its schemas with a seeded
 * generator, so that a failing run can be replayed exactly (FUZZ_SEED).
 */

export interface OpenApiSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Record<string, OpenApiSchema>;
  readonly required?: readonly string[];
  readonly items?: OpenApiSchema;
  readonly enum?: readonly unknown[];
  readonly allOf?: readonly OpenApiSchema[];
}

export interface OpenApiOperation {
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly in: string; readonly schema?: OpenApiSchema }>;
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: OpenApiSchema }> };
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components?: { readonly schemas?: Record<string, OpenApiSchema> };
}

export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** What was generated, for the failure message. */
  readonly label: string;
}

/** mulberry32: a small, well-known seeded generator; Math.random cannot be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const BAD_PATH_VALUES = [
  'x'.repeat(300),
  '%E0%A4%A',
  '..%2F..%2Fetc',
  'INC0009999',
  'REQ0009999',
  '00000000-0000-0000-0000-000000000000',
  '%F0%9F%92%A5',
  'null',
  '-1',
  "'%20OR%201=1",
  'acme.i1',
  '%00',
];
const BAD_SCALARS: readonly unknown[] = [null, true, -1, 0, 1e308, 'x'.repeat(20_000), '', '💥', [], {}, [1, [2]], '2026-13-45T25:61:00Z', -0.5];

function resolve(document: OpenApiDocument, schema: OpenApiSchema | undefined): OpenApiSchema {
  if (!schema) return {};
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length) return resolve(document, schema.allOf[0]);
  return schema;
}

/** A plausible value of the schema, so that a single mutation is what the server has to catch. */
function plausible(document: OpenApiDocument, schema: OpenApiSchema | undefined, random: () => number, depth = 0): unknown {
  const s = resolve(document, schema);
  if (s.enum?.length) return pick(random, s.enum);
  switch (s.type) {
    case 'integer':
    case 'number':
      return Math.floor(random() * 4);
    case 'boolean':
      return random() < 0.5;
    case 'array':
      return depth > 3 ? [] : [plausible(document, s.items, random, depth + 1)];
    case 'object':
      if (depth > 3 || !s.properties) return {};
      return Object.fromEntries(Object.entries(s.properties).map(([key, value]) => [key, plausible(document, value, random, depth + 1)]));
    default:
      return pick(random, ['agent', 'acme', 'software', 'INC0001001', 'a']);
  }
}

const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** One bad body for the schema: a field dropped, mistyped, added or replaced, or no JSON at all. */
function badBody(document: OpenApiDocument, schema: OpenApiSchema | undefined, random: () => number): { body: string; label: string; contentType: string } {
  const base = plausible(document, schema, random);
  const object = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const keys = Object.keys(object);
  const json = 'application/json';
  switch (Math.floor(random() * 9)) {
    case 0: {
      const key = keys.length ? pick(random, keys) : 'field';
      const { [key]: _dropped, ...rest } = object;
      return { body: JSON.stringify(rest), label: `without ${key}`, contentType: json };
    }
    case 1: {
      const key = keys.length ? pick(random, keys) : 'field';
      const value = pick(random, BAD_SCALARS);
      return { body: JSON.stringify({ ...object, [key]: value }), label: `${key} = ${JSON.stringify(value).slice(0, 40)}`, contentType: json };
    }
    case 2:
      return { body: JSON.stringify({ ...object, __unknown__: 1, constructor: { prototype: { admin: true } } }), label: 'unknown fields', contentType: json };
    case 3:
      return { body: JSON.stringify(pick(random, BAD_SCALARS)), label: 'a scalar or array body', contentType: json };
    case 4:
      return { body: `{"a":${deep(2000)}}`, label: 'nested 2000 deep', contentType: json };
    case 5:
      return { body: '{"unterminated": "', label: 'malformed JSON', contentType: json };
    case 6:
      return { body: JSON.stringify(object), label: 'form content type', contentType: 'text/plain' };
    case 7: {
      const key = keys.length ? pick(random, keys) : 'field';
      return { body: JSON.stringify({ ...object, [key]: JSON.parse(deep(25)) }), label: `${key} nested 25 deep`, contentType: json };
    }
    default:
      return {
        body: JSON.stringify({ ...object, ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])) }),
        label: '300 unknown keys',
        contentType: json,
      };
  }
}

/** `count` bad requests for one operation: its path, query, headers and body varied one at a time. */
export function badRequests(
  document: OpenApiDocument,
  path: string,
  method: string,
  count: number,
  random: () => number,
  /** Ids that exist, so that some requests get past the lookup to the validation. */
  existing: readonly string[] = [],
): FuzzRequest[] {
  const operation = document.paths[path]![method]!;
  const parameters = operation.parameters ?? [];
  const content = operation.requestBody?.content ?? {};
  const schema = content['application/json']?.schema;
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const concrete = path.replace(/\{[^}]+\}/g, () => (existing.length && random() < 0.4 ? pick(random, existing) : pick(random, BAD_PATH_VALUES)));
    const query = parameters
      .filter((p) => p.in === 'query' && random() < 0.6)
      .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(pick(random, BAD_SCALARS)).slice(0, 300))}`);
    const headers: Record<string, string> = {};
    for (const p of parameters.filter((h) => h.in === 'header'))
      if (random() < 0.5) headers[p.name] = pick(random, ['"-1"', 'W/"x"', '*', 'x'.repeat(500), '"999999999999"']);
    let body: string | undefined;
    let label = concrete.slice(0, 80);
    if (method !== 'get') {
      const bad = badBody(document, schema, random);
      body = bad.body;
      headers['content-type'] = bad.contentType;
      label += ` body: ${bad.label}`;
    }
    requests.push({
      method: method.toUpperCase(),
      path: query.length ? `${concrete}?${query.join('&')}` : concrete,
      headers,
      ...(body !== undefined ? { body } : {}),
      label,
    });
  }
  return requests;
}
