import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import secureJson from 'secure-json-parse';
import { BadRequestException } from '@nestjs/common';
import { ValidationFailed } from '@deskstream/kernel';

/** Deeper than any DTO or form of the API; deep enough input otherwise overflows the validator's stack. */
export const MAX_JSON_DEPTH = 32;
/** Keys in one object: a form has tens of fields, a flood of unknown keys costs seconds of validation. */
export const MAX_JSON_KEYS = 1000;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deeply the text nests, read in one pass before parsing: JSON.parse and the validators after it
 * recurse, so depth is bounded first. Brackets inside strings do not count.
 */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return max;
}

/** The first object (iteratively, depth is already bounded) with more than `limit` keys, as a dotted path. */
function crowdedObject(value: unknown, limit: number): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const entries = Object.entries(node);
    if (!Array.isArray(node) && entries.length > limit) return path || '(body)';
    for (const [key, child] of entries) stack.push([child, path ? `${path}.${key}` : key]);
  }
  return null;
}

/** Parses a JSON body within the depth and key limits; ValidationFailed (400 problem+json) otherwise. */
export function parseJsonBody(text: string, limits = { depth: MAX_JSON_DEPTH, keys: MAX_JSON_KEYS }): unknown {
  if (jsonDepth(text, limits.depth) > limits.depth) {
    throw new ValidationFailed([{ field: '', message: `JSON nests deeper than ${limits.depth} levels` }], `The body nests deeper than ${limits.depth} levels`);
  }
  let value: unknown;
  try {
    // Also refuses __proto__ and constructor.prototype keys, as Fastify's own parser does.
    value = text.length === 0 ? undefined : secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    throw new BadRequestException(`The body is not valid JSON: ${(error as Error).message}`);
  }
  const crowded = crowdedObject(value, limits.keys);
  if (crowded) {
    throw new ValidationFailed([{ field: crowded, message: `has more than ${limits.keys} keys` }], `The body has an object with more than ${limits.keys} keys`);
  }
  return value;
}

/** A form body (OAuth endpoints) as an object of strings, under the same key limit. */
export function parseFormBody(text: string, keys = MAX_JSON_KEYS): Record<string, string> {
  const params = new URLSearchParams(text);
  const entries = [...params.entries()];
  if (entries.length > keys) {
    throw new ValidationFailed([{ field: '(body)', message: `has more than ${keys} keys` }], `The body has more than ${keys} fields`);
  }
  return Object.fromEntries(entries);
}

/**
 * The app's body parsers, instead of Nest's defaults (same body limit): JSON within the depth and key
 * limits, and URL-encoded forms (the OAuth endpoints). Any other body, plain text included, is answered
 * 415 by Fastify before a route runs.
 */
export function useBoundedBodyParsers(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  const parser =
    (parse: (text: string) => unknown) =>
    (_request: unknown, body: Buffer, done: (error: Error | null, value: unknown) => void): void => {
      try {
        done(null, parse(body.toString('utf8')));
      } catch (error) {
        done(error as Error, undefined);
      }
    };
  app.useBodyParser(
    'application/json',
    {},
    parser((text) => parseJsonBody(text)),
  );
  // JSON Merge Patch (RFC 7386) bodies of PATCH are JSON too.
  app.useBodyParser(
    'application/merge-patch+json',
    {},
    parser((text) => parseJsonBody(text)),
  );
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    {},
    parser((text) => parseFormBody(text)),
  );
}
