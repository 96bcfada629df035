import type { FieldError } from '@deskstream/kernel';
import { CRITICALITIES, TIERS, type EntryAttributes, type EntryLookups, type UserAttributes } from './directory-entry.model';

export const ENTRY_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const MAX_NAME_LENGTH = 200;

/** What an erased person's name reads as, in the directory and in every event that held it. */
export const ERASED_NAME = '[erased]';

/** An erased user: no name, no addresses, no longer active; roles, manager, time zone and locale stay (no one's personal data). */
export const erasedUser = (attributes: UserAttributes): UserAttributes => ({ ...attributes, name: ERASED_NAME, emails: [], active: false });
/** Deliberately loose (a local part, an @, a dotted domain): mail servers are the judge of the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const unknown = (field: string, what: string, value: string): FieldError => ({ field, message: `no active ${what} "${value}" in the directory` });

function reference(field: string, what: string, value: string | null, known: readonly string[]): FieldError[] {
  return value !== null && !known.includes(value) ? [unknown(field, what, value)] : [];
}

function emailErrors(field: string, value: string): FieldError[] {
  return EMAIL.test(value) ? [] : [{ field, message: `"${value}" is not an e-mail address` }];
}

function userErrors(id: string, a: Extract<EntryAttributes, { kind: 'user' }>, lookups: EntryLookups): FieldError[] {
  const errors: FieldError[] = [];
  a.emails.forEach((email, i) => {
    errors.push(...emailErrors(`emails.${i}`, email));
    if (a.emails.indexOf(email) !== i) errors.push({ field: `emails.${i}`, message: `"${email}" is listed twice` });
    const owner = lookups.emailOwners[email];
    // One address opens tickets for one person: mail from it must name its sender unambiguously.
    if (owner !== undefined && owner !== id) errors.push({ field: `emails.${i}`, message: `"${email}" already belongs to user "${owner}"` });
  });
  if (!lookups.knownTimeZones.includes(a.timeZone)) errors.push({ field: 'timeZone', message: `"${a.timeZone}" is not a time zone` });
  if (a.manager === id) errors.push({ field: 'manager', message: 'a user cannot be their own manager' });
  else errors.push(...reference('manager', 'user', a.manager, lookups.knownUsers));
  return errors;
}

/** Every refusal of an entry's attributes, each naming its field and the value it refuses. */
export function entryErrors(id: string, attributes: EntryAttributes, lookups: EntryLookups): FieldError[] {
  const errors: FieldError[] = [];
  if (!ENTRY_ID.test(id)) errors.push({ field: 'id', message: 'lower-case letters, digits, ".", "_" and "-", up to 64' });
  if (attributes.name.trim() === '' || attributes.name.length > MAX_NAME_LENGTH) errors.push({ field: 'name', message: `1 to ${MAX_NAME_LENGTH} characters` });
  switch (attributes.kind) {
    case 'user':
      return [...errors, ...userErrors(id, attributes, lookups)];
    case 'group':
      attributes.members.forEach((member, i) => {
        if (!lookups.knownUsers.includes(member)) errors.push(unknown(`members.${i}`, 'user', member));
      });
      if (!TIERS.includes(attributes.tier)) errors.push({ field: 'tier', message: 'tier must be 1, 2 or 3' });
      if (attributes.email !== null) errors.push(...emailErrors('email', attributes.email));
      return [...errors, ...reference('manager', 'user', attributes.manager, lookups.knownUsers)];
    case 'service':
    case 'configuration-item':
      if (!CRITICALITIES.includes(attributes.criticality)) errors.push({ field: 'criticality', message: `one of ${CRITICALITIES.join(', ')}` });
      if (attributes.kind === 'configuration-item') errors.push(...reference('service', 'service', attributes.service, lookups.knownServices));
      return [
        ...errors,
        ...reference('ownerGroup', 'group', attributes.ownerGroup, lookups.knownGroups),
        ...reference('supportGroup', 'group', attributes.supportGroup, lookups.knownGroups),
      ];
    case 'location':
      if (!lookups.knownTimeZones.includes(attributes.timeZone)) errors.push({ field: 'timeZone', message: `"${attributes.timeZone}" is not a time zone` });
      return errors;
    case 'category':
      return errors;
  }
}
