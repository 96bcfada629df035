import { Forbidden, ValidationFailed } from '@deskstream/kernel';
import type { IncidentAction } from './lifecycle.rules';

/** Who is asking, as far as the rules of incidents care. */
export interface Caller {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** Roles that work tickets. */
export const DESK_ROLES = ['agent', 'resolver'] as const;
/** Roles that may read every incident of their tenant. */
export const READER_ROLES = ['agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'analyst', 'tenant-admin'] as const;
/** What a note records for the desk's own accounting and links, not a requester's to set. */
export const DESK_NOTE_FIELDS = ['minutes', 'failedAttempt', 'knowledgeArticle', 'relatedProblem'] as const;
/** What a requester may do, on their own tickets only. */
export const REQUESTER_ACTIONS: readonly IncidentAction[] = ['note', 'accept-resolution', 'reject-resolution', 'feedback'];

export const worksTickets = (caller: Caller): boolean => caller.roles.some((role) => (DESK_ROLES as readonly string[]).includes(role));
export const readsAll = (caller: Caller): boolean => caller.roles.some((role) => (READER_ROLES as readonly string[]).includes(role));

/** Whom a new ticket is for: requesters log tickets for themselves; the desk records them for any caller (phone, walk-in). */
export const callerOfNewTicket = (opener: Caller, named: string | undefined): string => (worksTickets(opener) ? (named ?? opener.userId) : opener.userId);

/** Requesters see their own tickets and nothing else; everyone else who reads, reads the tenant's desk. */
export type Audience = { readonly kind: 'desk' } | { readonly kind: 'requester'; readonly userId: string };

/** A requester sees the tickets they are the caller of; the desk, every ticket of its tenant. */
export const seesTicket = (audience: Audience, caller: string): boolean => audience.kind === 'desk' || audience.userId === caller;

/** A requester sees what is public of a ticket (comments, changes); internal notes are the desk's. */
export const seesEntry = (audience: Audience['kind'], visibility: 'internal' | 'public'): boolean => audience === 'desk' || visibility === 'public';

export function audienceOf(caller: Caller): Audience {
  if (readsAll(caller)) return { kind: 'desk' };
  if (caller.roles.includes('requester')) return { kind: 'requester', userId: caller.userId };
  throw new Forbidden('Reading incidents needs a desk role or the requester role');
}

/** Of the actions the incident allows now, those this caller may take: what its detail offers them. */
export function actionsOf(caller: Caller, allowed: readonly IncidentAction[]): IncidentAction[] {
  const requester = caller.roles.includes('requester');
  if (worksTickets(caller)) return allowed.filter((action) => action !== 'feedback' || requester);
  if (requester) return allowed.filter((action) => REQUESTER_ACTIONS.includes(action));
  return [];
}

/** Checks the role part of an action; ownership is checked against the record by the use case. */
export function ensureMayAct(caller: Caller, action: IncidentAction, input: unknown): Audience {
  if (worksTickets(caller)) return { kind: 'desk' };
  if (caller.roles.includes('requester') && REQUESTER_ACTIONS.includes(action)) {
    if (action === 'note') ensureRequesterComment(input as Record<string, unknown>);
    return { kind: 'requester', userId: caller.userId };
  }
  throw new Forbidden(`${action} needs one of the roles: ${DESK_ROLES.join(', ')}`);
}

/** A requester's note is a public comment and nothing more: time logged, failed attempts and links are the desk's. */
function ensureRequesterComment(note: Record<string, unknown>): void {
  if (note.visibility !== 'public') throw new Forbidden('Requesters add public comments only');
  const deskFields = DESK_NOTE_FIELDS.filter((field) => note[field] !== undefined && note[field] !== null);
  if (deskFields.length > 0)
    throw new ValidationFailed(deskFields.map((field) => ({ field, message: `${field} is recorded by the desk, not by a requester` })));
}
