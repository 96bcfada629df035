import type { EntryFirstSeen } from './first-sight.rules';
import { MAX_NAME_LENGTH } from './directory-entry.rules';

/** What an identity provider's token said of a user signing in for the first time. */
export interface FirstSignIn {
  readonly userId: string;
  readonly name: string;
  readonly email: string | null;
  readonly roles: readonly string[];
  readonly timeZone: string;
  readonly locale: string;
}

/**
 * The user a first sign-in registers: active, named, addressed and given the roles their token's
 * claims gave them, in their tenant's time zone and locale, with no manager until an admin sets one.
 * The address is what mail intake matches the sender by.
 */
export function userFirstSignedIn(signIn: FirstSignIn): EntryFirstSeen {
  const name = signIn.name.trim().slice(0, MAX_NAME_LENGTH) || signIn.userId;
  return {
    id: signIn.userId,
    attributes: {
      kind: 'user',
      name,
      active: true,
      emails: signIn.email ? [signIn.email.toLowerCase()] : [],
      timeZone: signIn.timeZone,
      locale: signIn.locale,
      manager: null,
      roles: [...new Set(signIn.roles)].sort(),
    },
  };
}

/**
 * When the directory refuses that entry (its address already belongs to another user, whose mail must
 * not be opened as this one's; the tenant's time zone unknown here), the person still exists: without
 * the address, in UTC. An admin settles the rest.
 */
export function userFirstSignedInPlainly(signIn: FirstSignIn): EntryFirstSeen {
  const entry = userFirstSignedIn(signIn);
  return { ...entry, attributes: { ...entry.attributes, emails: [], timeZone: 'UTC' } as EntryFirstSeen['attributes'] };
}
