import { Forbidden } from '@deskstream/kernel';
import type { Channel } from './intake-levels';

/** Who submits or reads, as far as the rules of submissions care. */
export interface Submitter {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** Roles that record contacts for callers (phone, walk-in). */
export const DESK_ROLES: readonly string[] = ['agent', 'resolver'];

const worksTheDesk = (submitter: Submitter): boolean => submitter.roles.some((role) => DESK_ROLES.includes(role));

/** The caller a submission is for: the submitter, or whom the desk records it for. */
export const callerOf = (submitter: Submitter, onBehalfOf: string | undefined): string => onBehalfOf ?? submitter.userId;

/** Only the desk records contacts on behalf of a caller; a requester submits for themselves. */
export function ensureMaySubmitFor(submitter: Submitter, onBehalfOf: string | undefined): string {
  if (onBehalfOf !== undefined && !worksTheDesk(submitter))
    throw new Forbidden('Only the desk records contacts on behalf of a caller', { field: 'onBehalfOf' });
  return callerOf(submitter, onBehalfOf);
}

/** A contact the desk records for a caller came by phone unless it says otherwise; one of their own, from the portal. */
export const channelOf = (channel: Channel | undefined, onBehalfOf: string | undefined): Channel => channel ?? (onBehalfOf !== undefined ? 'phone' : 'portal');

/** The desk and the tenant's administrators read every submission; anyone else, those they are the caller of or recorded. */
export function maySeeSubmission(viewer: Submitter, submission: { readonly caller: string; readonly recordedBy: string }): boolean {
  const readsAll = viewer.roles.some((role) => DESK_ROLES.includes(role) || role === 'tenant-admin');
  return readsAll || submission.caller === viewer.userId || submission.recordedBy === viewer.userId;
}
