/**
 * A tenant id: a lower-case slug of letters, digits and "_", 3 to 40 characters, starting with a letter.
 * It is part of every stream name and token, which is why "-" and "." are not allowed.
 */
export const TENANT_ID = /^[a-z][a-z0-9_]{1,38}[a-z0-9]$/;
/** Ids that name parts of the platform itself and never a business unit. */
export const RESERVED_TENANT_IDS: readonly string[] = ['platform', 'system', 'admin', 'api', 'dev', 'www', 'deskstream', 'enterprise', 'import'];
export const MAX_NAME_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;
export const MAX_ADMINS = 20;
export const MAX_DESKS = 20;
/** A user id, as the directory names people. */
export const USER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export const normaliseAddress = (address: string): string => address.trim().toLowerCase();
export const isAddress = (address: string): boolean => ADDRESS.test(address);

const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of the grace period of a deletion requested at `at`. */
export const deletionDueAt = (at: string, graceDays: number): string => new Date(Date.parse(at) + graceDays * DAY_MS).toISOString();
