import { IllegalTransition } from '@deskstream/kernel';
import type { Classification } from '../incident.events';
import type { IncidentCommand } from '../incident.commands';
import { isOpen, type Incident } from '../incident.state';
import type { ImportFacts } from './import.types';
import type { IncidentWalk } from './incident-walk';
import { assignTo, closeWith, holdFor, reachInProgress, reopen, resolveWith, type Move, type Resolution } from './lifecycle-moves';
import type { ServiceNowMapping } from './servicenow-mapping';
import { recordSourceLinks } from './servicenow-links';
import type { ServiceNowUpdate } from './servicenow-row';

export interface ServiceNowFacts extends ImportFacts {
  readonly mapping: ServiceNowMapping;
}

function opening(u: ServiceNowUpdate, facts: ServiceNowFacts): IncidentCommand {
  const about = [u.category, u.subcategory, u.symptom].filter((part) => part !== null).join(' / ');
  const shortDescription = u.shortDescription ?? (about ? `${about} (${u.number})` : `Imported incident ${u.number}`);
  const openedAt = u.openedAt !== null && u.openedAt <= u.at ? u.openedAt : u.at;
  return {
    type: 'OpenIncident',
    data: {
      incidentId: facts.incidentId,
      reference: facts.reference,
      sourceReference: u.number,
      caller: u.caller ?? u.openedBy ?? 'unknown',
      channel: u.channel,
      service: u.service,
      configurationItem: u.configurationItem,
      shortDescription: shortDescription.slice(0, 200),
      description: u.description ?? shortDescription,
      category: u.category,
      subcategory: u.subcategory,
      symptom: u.symptom,
      ...(u.impact !== null && u.urgency !== null ? { impact: u.impact, urgency: u.urgency } : {}),
      priorityMatrix: facts.settings.priorityMatrix,
      // Imported history was already handled as it was: no tenant rule declares a major incident in retrospect.
      majorIncidentRules: [],
      by: u.openedBy ?? u.by,
      at: openedAt,
    },
  };
}

function classificationChanged(current: Classification, u: ServiceNowUpdate): boolean {
  return (
    (u.impact !== null && u.impact !== current.impact) ||
    (u.urgency !== null && u.urgency !== current.urgency) ||
    u.category !== current.category ||
    u.subcategory !== current.subcategory ||
    u.symptom !== current.symptom
  );
}

/** The row's group and assignee; an empty value in the source keeps what the platform has. */
function assignmentOf(incident: Incident, u: ServiceNowUpdate, defaultGroup: string, needsGroup: boolean) {
  const group = u.group ?? incident.group ?? (needsGroup || u.assignee !== null ? defaultGroup : null);
  const assignee = u.assignee ?? (group === incident.group ? incident.assignee : null);
  return { group, assignee };
}

/** A time the source gives for a step, kept when it lies between the previous update and this one; else the row's own time. */
function within(at: string | null, from: string | null, to: string): string | undefined {
  return at !== null && (from === null || at >= from) && at <= to ? at : undefined;
}

function resolutionOf(u: ServiceNowUpdate, facts: ServiceNowFacts, incident: Incident, previousAt: string | null): Resolution {
  const mapped = u.closeCode !== null ? facts.mapping.closeCodes[u.closeCode] : undefined;
  const resolvedAt = incident.resolution === null ? within(u.resolvedAt, previousAt ?? incident.openedAt, u.at) : undefined;
  const closedFrom =
    [previousAt, resolvedAt ?? incident.resolution?.at ?? null]
      .filter((t) => t !== null)
      .sort()
      .at(-1) ?? null;
  const closedAt = within(u.closedAt, closedFrom, u.at);
  return {
    ...(resolvedAt !== undefined ? { resolvedAt } : {}),
    ...(closedAt !== undefined ? { closedAt } : {}),
    closingCategory: mapped ?? facts.mapping.defaultClosingCategory,
    resolutionCode: u.closeCode,
    notes: u.closeNotes ?? (u.closeCode ? `Resolved in the source desk: ${u.closeCode}` : 'Resolved in the source desk'),
    resolvedBy: u.resolvedBy ?? u.by,
  };
}

/**
 * Turns one row into the platform's own commands, from the incident as it stands: the row says how the
 * ticket looked after the update, the commands are the moves that lead there (reopen, reclassify,
 * note its links, assign or reassign, start, hold with its reason, resume, resolve, close, cancel), each
 * at the row's time; a resolution and a closure at `resolved_at` and `closed_at` when those lie
 * between the previous update and this one.
 */
export function applyServiceNowUpdate(u: ServiceNowUpdate, walk: IncidentWalk, facts: ServiceNowFacts, previousAt: string | null): void {
  const move: Move = { by: u.by, at: u.at, settings: facts.settings, defaultGroup: facts.mapping.defaultGroup };
  const target = u.state;
  if (!walk.incident) walk.run(opening(u, facts));
  const current = (): Incident => walk.incident!;

  if (current().status === 'cancelled') {
    // A cancelled incident is final here; the source moving it on again is reported, not guessed at.
    if (target.status !== 'cancelled') throw new IllegalTransition(`move to '${u.stateName}'`, 'cancelled', []);
    return;
  }
  const finished = current().status === 'resolved' || current().status === 'closed';
  if (finished && target.status !== current().status && (isOpen(target.status) || current().status === 'closed')) {
    if (target.status !== 'cancelled') reopen(walk, move, `reopened in the source desk (${u.stateName})`);
  }
  if (isOpen(current().status) && classificationChanged(current().classification, u)) {
    const { classification } = current();
    walk.run({
      type: 'ClassifyIncident',
      data: {
        impact: u.impact ?? classification.impact,
        urgency: u.urgency ?? classification.urgency,
        category: u.category,
        subcategory: u.subcategory,
        symptom: u.symptom,
        priorityMatrix: facts.settings.priorityMatrix,
        majorIncidentRules: [],
        by: u.by,
        at: u.at,
      },
    });
  }
  // A link first seen on a closed ticket cannot be noted there: the lifecycle refuses it and the row is reported.
  recordSourceLinks(walk, u, facts.incidentId);
  if (target.status === 'cancelled') {
    walk.run({ type: 'CancelIncident', data: { reason: u.closeNotes ?? `cancelled in the source desk (${u.stateName})`, by: u.by, at: u.at } });
    return;
  }
  if (isOpen(current().status)) {
    const { group, assignee } = assignmentOf(current(), u, move.defaultGroup, target.status !== 'new');
    if (group !== null) assignTo(walk, move, group, assignee);
  }
  switch (target.status) {
    case 'new':
    case 'assigned':
      // The platform never goes back to new; a row naming a group was assigned above.
      return;
    case 'in-progress':
      return reachInProgress(walk, move);
    case 'on-hold':
      return holdFor(walk, move, target.holdReason ?? 'awaiting-caller', u.vendor ?? 'vendor');
    case 'resolved':
      return resolveWith(walk, move, resolutionOf(u, facts, current(), previousAt));
    case 'closed':
      return closeWith(walk, move, resolutionOf(u, facts, current(), previousAt));
  }
}
