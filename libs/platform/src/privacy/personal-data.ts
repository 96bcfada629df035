import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';

/** A field of an event that holds personal data, and what it reads as once its person is erased. */
export interface PersonalField {
  /** Dotted path into the event's data, e.g. `attributes.name`. */
  readonly path: string;
  readonly erased: unknown;
}

/**
 * Which events carry whose personal data: a service declares each event type whose fields name or
 * describe a person, and whose person it is (the person's user id, or null when the event is about
 * no person, such as a group's entry). Those fields are stored encrypted with that person's key.
 */
export interface PersonalDataDeclaration {
  readonly eventTypes: readonly string[];
  subjectOf(data: Record<string, unknown>): string | null;
  readonly fields: readonly PersonalField[];
}

/** A personal field as stored: the value's JSON, sealed (AES-256-GCM) with one key of one person. */
export interface SealedValue {
  readonly $sealed: string;
  readonly key: string;
}

export interface PersonalKey {
  readonly id: string;
  /** A prepared key: a cipher set up from a KeyObject costs a fraction of one set up from raw bytes. */
  readonly secret: KeyObject;
}

const ALGORITHM = 'aes-256-gcm';

export const isSealed = (value: unknown): value is SealedValue =>
  typeof value === 'object' && value !== null && typeof (value as SealedValue).$sealed === 'string' && typeof (value as SealedValue).key === 'string';

export function seal(value: unknown, key: PersonalKey): SealedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key.secret, iv);
  const text = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { $sealed: Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64'), key: key.id };
}

/** The value, or `undefined` when the key is not the one it was sealed with (the person was erased). */
export function unseal(sealed: SealedValue, key: PersonalKey | null): unknown {
  if (!key || key.id !== sealed.key) return undefined;
  const bytes = Buffer.from(sealed.$sealed, 'base64');
  const decipher = createDecipheriv(ALGORITHM, key.secret, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
}

/** A copy of `data` with the value at `path` replaced by what `change` makes of it (no copy where the path is absent). */
export function mapPath(data: Record<string, unknown>, path: string, change: (value: unknown) => unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (!head || !(head in data)) return data;
  const value = data[head];
  if (rest.length === 0) return { ...data, [head]: change(value) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return data;
  return { ...data, [head]: mapPath(value as Record<string, unknown>, rest.join('.'), change) };
}

/** What free text a person wrote reads as once they are erased. */
export const ERASED_TEXT = '[erased]';

/** The person a user id names, or null for no one: absent, empty, or an automation's actor (`system:sla`, `system-email-intake`). */
export function personOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && !value.startsWith('system') ? value : null;
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), data);
}

/**
 * Free text a person wrote (a description, a comment, a mail's body, a chat message): personal data
 * of its author, sealed with the author's key. `authors` are the paths that may name the author, the
 * first present one counting (an event of one type may carry it under one name or another).
 */
export function writtenBy(eventTypes: readonly string[], authors: readonly string[], fields: readonly PersonalField[]): PersonalDataDeclaration {
  return {
    eventTypes,
    subjectOf: (data) => personOf(authors.map((path) => valueAt(data, path)).find((value) => value !== undefined)),
    fields,
  };
}
