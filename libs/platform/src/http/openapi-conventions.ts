import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { addRequestBodyExamples } from './request-examples';

/**
 * The API's conventions (docs/api-conventions.md) written into the OpenAPI document, so that every
 * operation declares what every operation answers: the shared problem+json errors that apply to it,
 * and, where a controller declared no response schema, the shared record, list or history shape.
 */

/** Set on operations by `Public()`: they take no token, so they answer no 401 or 403. */
export const PUBLIC_EXTENSION = 'x-deskstream-public';

type Schema = Record<string, unknown>;
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
  [extension: string]: unknown;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SCHEMAS: Record<string, Schema> = {
  FieldError: {
    type: 'object',
    required: ['field', 'message'],
    properties: { field: { type: 'string', description: 'Dotted path of the field (`items.0.name`)' }, message: { type: 'string' } },
  },
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details. `type` is a stable URN (`urn:deskstream:problem:*`) to switch on.',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', example: 'urn:deskstream:problem:validation-failed' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: { type: 'array', items: ref('FieldError'), description: 'One entry per failed field' },
      errorCount: { type: 'integer', description: 'How many field errors there were, when more than are listed' },
      reason: { type: 'string', description: 'Why a conflict was refused, machine-readable (`reopen-window-passed`)' },
      currentStatus: { type: 'string' },
      allowedActions: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: true,
  },
  Record: {
    type: 'object',
    description: 'One record (ticket, article, calendar, setting...): its fields, revision (the ETag) and the actions the caller may take.',
    properties: {
      id: { type: 'string' },
      reference: { type: 'string', example: 'INC0001001' },
      status: { type: 'string' },
      revision: { type: 'integer' },
      allowedActions: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: true,
  },
  Page: {
    type: 'object',
    description: 'One page of a list; pass `nextCursor` as `cursor` for the next one.',
    required: ['items'],
    properties: {
      items: { type: 'array', items: ref('Record') },
      nextCursor: { type: 'string', nullable: true },
      total: { type: 'integer', description: 'Only with `count=true`' },
    },
  },
  FieldChange: {
    type: 'object',
    required: ['field', 'from', 'to'],
    properties: {
      field: { type: 'string' },
      from: { description: 'The value before (any JSON value; null when there was none)' },
      to: { description: 'The value after (any JSON value; null when there is none)' },
    },
  },
  HistoryEntry: {
    type: 'object',
    required: ['revision', 'type', 'actor', 'at', 'visibility', 'changes'],
    properties: {
      revision: { type: 'integer' },
      type: { type: 'string', example: 'IncidentAssigned' },
      actor: { type: 'string' },
      at: { type: 'string', format: 'date-time' },
      visibility: { type: 'string', enum: ['public', 'internal'] },
      changes: { type: 'array', items: ref('FieldChange') },
    },
  },
  History: {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: ref('HistoryEntry') } },
  },
};

/** Each error status, its component name and what it means on this API. */
const ERRORS: Record<string, [string, string]> = {
  '400': ['BadRequest', 'Invalid input: each failed field is listed in `errors`'],
  '401': ['Unauthenticated', 'No valid bearer token'],
  '403': ['Forbidden', "The caller's roles do not allow this"],
  '404': ['NotFound', "No such record in the caller's tenant"],
  '409': ['Conflict', "Refused in the record's current state: `reason`, `currentStatus` and `allowedActions` say why and what is possible"],
  '412': ['PreconditionFailed', 'If-Match names a revision that is no longer current'],
  '413': ['PayloadTooLarge', 'The body is over the size limit'],
  '415': ['UnsupportedMediaType', 'The body is not JSON'],
  '422': ['IdempotencyKeyReused', 'The Idempotency-Key was used before with a different body'],
  '429': ['TooManyRequests', "Over the tenant's rate; Retry-After says when to come back"],
};

/** GETs without a trailing parameter that answer one thing, not a list. */
const SINGLETONS = /\/(me|settings|[a-z]+-settings|due|elapsed|jwks\.json|openid-configuration|live|ready|metrics|timeline|backlog|gaps)$/;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

function responseSchemaFor(path: string, method: string): unknown {
  if (path.endsWith('/history')) return ref('History');
  if (method === 'get' && !path.endsWith('}') && !SINGLETONS.test(path)) return ref('Page');
  return ref('Record');
}

function errorStatusesOf(path: string, method: string, operation: Operation): string[] {
  const headers = new Set((operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()));
  const statuses: string[] = [];
  if ((operation.parameters ?? []).some((p) => p.in !== 'header') || operation.requestBody) statuses.push('400');
  if (!operation[PUBLIC_EXTENSION]) statuses.push('401', '403');
  if (path.includes('{')) statuses.push('404');
  if (method !== 'get') statuses.push('409');
  if (headers.has('if-match')) statuses.push('412');
  if (operation.requestBody) statuses.push('413', '415');
  if (headers.has('idempotency-key')) statuses.push('422');
  // Every authenticated operation counts against its tenant's rate.
  if (!operation[PUBLIC_EXTENSION] || operation.responses?.['429']) statuses.push('429');
  return statuses;
}

function conformOperation(path: string, method: string, operation: Operation): void {
  const responses = (operation.responses ??= {});
  for (const [status, response] of Object.entries(responses)) {
    if (status.startsWith('2') && status !== '204' && !response.content) {
      response.content = { 'application/json': { schema: responseSchemaFor(path, method) } };
    }
    if (!response.description) response.description = status.startsWith('2') ? 'Success' : (ERRORS[status]?.[1] ?? 'Error');
  }
  for (const status of errorStatusesOf(path, method, operation)) {
    const declared = responses[status];
    const [name] = ERRORS[status]!;
    if (declared?.description) declared.content ??= { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } };
    else responses[status] = { $ref: `#/components/responses/${name}` } as never;
  }
  if (operation[PUBLIC_EXTENSION]) {
    operation.security = [];
    delete operation[PUBLIC_EXTENSION];
  }
}

/**
 * DTO properties validated with `@IsInt()`, as `Class.property` and as bare property names (query
 * parameters are flattened from their DTO). Swagger types every `number` as `number`; the validator
 * knows which are integers. Read from class-validator's registry of decorated classes.
 */
function integerProperties(): { byClass: Set<string>; byName: Set<string> } {
  const registry = (getMetadataStorage() as unknown as { validationMetadatas?: Map<unknown, { name?: string; target: unknown; propertyName: string }[]> })
    .validationMetadatas;
  const byClass = new Set<string>();
  const byName = new Set<string>();
  const integers = new Map<unknown, string[]>();
  for (const metadata of [...(registry?.values() ?? [])].flat()) {
    if (metadata.name === 'isInt') integers.set(metadata.target, [...(integers.get(metadata.target) ?? []), metadata.propertyName]);
  }
  // A DTO inherits its base class's validated properties: each class gets its whole chain's.
  for (const target of registry?.keys() ?? []) {
    for (let type = target; typeof type === 'function' && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
      for (const property of integers.get(type) ?? []) {
        byClass.add(`${(target as { name: string }).name}.${property}`);
        byName.add(property);
      }
    }
  }
  return { byClass, byName };
}

/** Integers the validator enforces, and every revision, typed `integer` in the document. */
function typeIntegers(document: OpenAPIObject): void {
  const integers = integerProperties();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    for (const [property, value] of Object.entries((schema as { properties?: Record<string, Schema> }).properties ?? {})) {
      if (value.type === 'number' && (property === 'revision' || integers.byClass.has(`${name}.${property}`))) value.type = 'integer';
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      for (const parameter of ((item as Record<string, Operation | undefined>)[method]?.parameters ?? []) as { name: string; schema?: Schema }[]) {
        if (parameter.schema?.type === 'number' && integers.byName.has(parameter.name)) parameter.schema.type = 'integer';
      }
    }
  }
}

/** Only the shared error responses some operation uses stay in the document. */
function dropUnusedResponses(document: OpenAPIObject): void {
  const text = JSON.stringify(document.paths);
  for (const name of Object.keys(document.components?.responses ?? {})) {
    if (!text.includes(`"#/components/responses/${name}"`)) delete document.components!.responses![name];
  }
}

/** The document with the conventions applied (in place, and returned). */
export function applyApiConventions(document: OpenAPIObject): OpenAPIObject {
  document.servers = [{ url: '/', description: 'This server' }];
  document.info.license = { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' };
  const components = (document.components ??= {});
  components.schemas = { ...SCHEMAS, ...components.schemas };
  components.responses = {
    ...Object.fromEntries(
      Object.values(ERRORS).map(([name, description]) => [name, { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } } }]),
    ),
    ...components.responses,
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) conformOperation(path, method, operation);
    }
  }
  typeIntegers(document);
  addRequestBodyExamples(document);
  dropUnusedResponses(document);
  return document;
}
