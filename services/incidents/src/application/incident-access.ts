import { Forbidden, ValidationFailed } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
import type { IncidentAction } from '../domain/lifecycle.rules';

/** Roles that work tickets. */
export const DESK_ROLES = ['agent', 'resolver'] as const;
/** Roles that may read every incident of their tenant. */
export const READER_ROLES = ['agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'analyst', 'tenant-admin'] as const;
/** What a note records for the desk's own accounting and links, not a requester's to set. */
export const DESK_NOTE_FIELDS = ['minutes', 'failedAttempt', 'knowledgeArticle', 'relatedProblem'] as const;
/** What a requester may do, on their own tickets only. */
export const REQUESTER_ACTIONS: readonly IncidentAction[] = ['note', 'accept-resolution', 'reject-resolution', 'feedback'];

export const worksTickets = (principal: Principal): boolean => principal.roles.some((role) => (DESK_ROLES as readonly string[]).includes(role));
export const readsAll = (principal: Principal): boolean => principal.roles.some((role) => (READER_ROLES as readonly string[]).includes(role));

/** Requesters see their own tickets and nothing else; everyone else who reads, reads the tenant's desk. */
export type Audience = { readonly kind: 'desk' } | { readonly kind: 'requester'; readonly userId: string };

export function audienceOf(principal: Principal): Audience {
  if (readsAll(principal)) return { kind: 'desk' };
  if (principal.roles.includes('requester')) return { kind: 'requester', userId: principal.userId };
  throw new Forbidden('Reading incidents needs a desk role or the requester role');
}

/** Of the actions the incident allows now, those this principal may take: what its detail offers them. */
export function actionsOf(principal: Principal, allowed: readonly IncidentAction[]): IncidentAction[] {
  const requester = principal.roles.includes('requester');
  if (worksTickets(principal)) return allowed.filter((action) => action !== 'feedback' || requester);
  if (requester) return allowed.filter((action) => REQUESTER_ACTIONS.includes(action));
  return [];
}

/** Checks the role part of an action; ownership is checked against the record by the use case. */
export function ensureMayAct(principal: Principal, action: IncidentAction, input: unknown): Audience {
  if (worksTickets(principal)) return { kind: 'desk' };
  if (principal.roles.includes('requester') && REQUESTER_ACTIONS.includes(action)) {
    if (action === 'note') ensureRequesterComment(input as Record<string, unknown>);
    return { kind: 'requester', userId: principal.userId };
  }
  throw new Forbidden(`${action} needs one of the roles: ${DESK_ROLES.join(', ')}`);
}

/** A requester's note is a public comment and nothing more: time logged, failed attempts and links are the desk's. */
function ensureRequesterComment(note: Record<string, unknown>): void {
  if (note.visibility !== 'public') throw new Forbidden('Requesters add public comments only');
  const deskFields = DESK_NOTE_FIELDS.filter((field) => note[field] !== undefined && note[field] !== null);
  if (deskFields.length > 0) throw new ValidationFailed(deskFields.map((field) => ({ field, message: `${field} is recorded by the desk, not by a requester` })));
}
