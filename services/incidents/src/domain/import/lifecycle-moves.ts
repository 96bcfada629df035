import type { HoldReason } from '../incident.events';
import type { IncidentSettings } from '../incident-settings';
import type { IncidentWalk } from './incident-walk';

/**
 * The moves an import makes to bring an incident where its source says it stood, shared by every
 * source: each is a short path of the platform's own commands, decided at the source's time.
 */
export interface Move {
  readonly by: string;
  readonly at: string;
  readonly settings: IncidentSettings;
  /** The group that takes work the source did without naming one: the platform's work always has a group. */
  readonly defaultGroup: string;
}

/**
 * History is a fact: a reopen the source recorded happened, however long after closure. The import
 * decides it with a window no closure can exceed.
 */
const UNBOUNDED_REOPEN_WINDOW_DAYS = 1_000_000;

export interface Resolution {
  readonly closingCategory: string;
  readonly resolutionCode: string | null;
  readonly notes: string;
  readonly resolvedBy: string;
  /** When the source says it was resolved, if not at the move's own time. */
  readonly resolvedAt?: string;
  /** When the source says it was closed, if not at the move's own time. */
  readonly closedAt?: string;
}

/** Hands the incident to a group and person; during a hold it resumes first (the platform hands over only work that is not waiting). */
export function assignTo(walk: IncidentWalk, move: Move, group: string, assignee: string | null): void {
  const incident = walk.incident!;
  if (group === incident.group && assignee === incident.assignee) return;
  if (incident.status === 'on-hold') walk.run({ type: 'ResumeIncident', data: { by: move.by, at: move.at } });
  walk.run({
    type: 'AssignIncident',
    data: {
      group,
      assignee,
      ...(move.settings.reassignmentCounting === 'group-change' ? { reassignmentCounting: 'group-change' } : {}),
      by: move.by,
      at: move.at,
    },
  });
}

export function reachInProgress(walk: IncidentWalk, move: Move, assignee: string | null = null): void {
  const { by, at } = move;
  if (walk.incident!.status === 'new') assignTo(walk, move, move.defaultGroup, assignee);
  if (walk.incident!.status === 'assigned') walk.run({ type: 'StartWork', data: { by, at } });
  if (walk.incident!.status === 'on-hold') walk.run({ type: 'ResumeIncident', data: { by, at } });
}

/** On hold for `reason`; a hold for another reason is resumed and held again, so each wait is timed on its own. */
export function holdFor(walk: IncidentWalk, move: Move, reason: HoldReason, thirdParty: string | null): void {
  reachInProgress(walk, move);
  const incident = walk.incident!;
  if (incident.status === 'on-hold' && incident.hold?.reason === reason) return;
  if (incident.status === 'on-hold') walk.run({ type: 'ResumeIncident', data: { by: move.by, at: move.at } });
  walk.run({
    type: 'PutOnHold',
    data: { reason, thirdParty: reason === 'awaiting-third-party' ? (thirdParty ?? 'third party') : null, by: move.by, at: move.at },
  });
}

export function resolveWith(walk: IncidentWalk, move: Move, resolution: Resolution): void {
  if (walk.incident!.status === 'resolved' || walk.incident!.status === 'closed') return;
  const at = resolution.resolvedAt ?? move.at;
  reachInProgress(walk, { ...move, at });
  walk.run({
    type: 'ResolveIncident',
    data: {
      closingCategory: resolution.closingCategory,
      resolutionCode: resolution.resolutionCode,
      notes: resolution.notes,
      closingCategories: move.settings.closingCategories,
      quietPeriodDays: move.settings.quietPeriodDays,
      by: resolution.resolvedBy,
      at,
    },
  });
}

export function closeWith(walk: IncidentWalk, move: Move, resolution: Resolution): void {
  if (walk.incident!.status === 'closed') return;
  resolveWith(walk, move, resolution);
  walk.run({ type: 'CloseIncident', data: { automatic: false, by: move.by, at: resolution.closedAt ?? move.at } });
}

export function reopen(walk: IncidentWalk, move: Move, reason: string): void {
  walk.run({ type: 'ReopenIncident', data: { reason, reopenWindowDays: UNBOUNDED_REOPEN_WINDOW_DAYS, by: move.by, at: move.at } });
}
