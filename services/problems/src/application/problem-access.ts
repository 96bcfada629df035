import { Forbidden } from '@deskstream/kernel';
import type { Principal, Role } from '@deskstream/platform';
import type { ProblemAction } from '../domain/problem-lifecycle.rules';

/** The problem manager runs the process. */
export const MANAGER_ROLES: readonly Role[] = ['problem-manager'];
/** The desk links incidents to problems and reads them; requesters see nothing of problems. */
export const LINKER_ROLES: readonly Role[] = ['problem-manager', 'resolver', 'agent'];
export const READER_ROLES: readonly Role[] = ['problem-manager', 'resolver', 'agent', 'knowledge-manager', 'service-owner', 'analyst', 'tenant-admin'];

const LINK_ACTIONS: readonly ProblemAction[] = ['link-incident', 'unlink-incident'];

const has = (principal: Principal, roles: readonly Role[]): boolean => principal.roles.some((role) => roles.includes(role));

export function ensureReads(principal: Principal): void {
  if (!has(principal, READER_ROLES)) throw new Forbidden('Problems are for the desk and problem management', { required: READER_ROLES });
}

/** Linking is for the desk; completing a task also for its assignee; everything else for the problem manager. */
export function ensureMayAct(principal: Principal, action: ProblemAction, taskAssignee?: string | null): void {
  if (has(principal, MANAGER_ROLES)) return;
  if (LINK_ACTIONS.includes(action) && has(principal, LINKER_ROLES)) return;
  if (action === 'complete-task' && taskAssignee === principal.userId) return;
  throw new Forbidden(`${action} needs the role problem-manager`, { required: LINK_ACTIONS.includes(action) ? LINKER_ROLES : MANAGER_ROLES });
}
