import { IllegalTransition } from '@deskstream/kernel';
import type { Classification, HoldReason } from '../incident.events';
import type { IncidentCommand } from '../incident.commands';
import { isOpen, type Incident } from '../incident.state';
import type { ImportFacts } from './import.types';
import type { IncidentWalk } from './incident-walk';
import type { ServiceNowMapping } from './servicenow-mapping';
import type { ServiceNowUpdate } from './servicenow-row';

/**
 * History is a fact: a reopen the source recorded happened, however long after closure. The import
 * decides it with a window no closure can exceed.
 */
const UNBOUNDED_REOPEN_WINDOW_DAYS = 1_000_000;

export interface ServiceNowFacts extends ImportFacts {
  readonly mapping: ServiceNowMapping;
}

type Step = (walk: IncidentWalk, command: IncidentCommand) => void;
const run: Step = (walk, command) => walk.run(command);

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

/** The group and assignee the row asks for; an empty value in the source keeps what the platform has. */
function wantedAssignment(incident: Incident, u: ServiceNowUpdate, facts: ServiceNowFacts, needsGroup: boolean) {
  const group = u.group ?? incident.group ?? (needsGroup || u.assignee !== null ? facts.mapping.defaultGroup : null);
  const assignee = u.assignee ?? (group === incident.group ? incident.assignee : null);
  return { group, assignee };
}

/**
 * Turns one row into the platform's own commands, from the incident as it stands: the row says how the
 * ticket looked after the update, the commands are the moves that lead there (reopen, reclassify,
 * assign or reassign, start, hold with its reason, resume, resolve, close, cancel), each at the row's time.
 */
export function applyServiceNowUpdate(u: ServiceNowUpdate, walk: IncidentWalk, facts: ServiceNowFacts): void {
  const by = u.by;
  const at = u.at;
  const target = u.state;
  if (!walk.incident) run(walk, opening(u, facts));
  const current = (): Incident => walk.incident!;

  if (current().status === 'cancelled') {
    // A cancelled incident is final here; the source moving it on again is reported, not guessed at.
    if (target.status !== 'cancelled') throw new IllegalTransition(`move to '${u.stateName}'`, 'cancelled', []);
    return;
  }
  if ((current().status === 'resolved' || current().status === 'closed') && target.status !== current().status) {
    const reopensFromClosed = current().status === 'closed' && target.status !== 'cancelled';
    if (isOpen(target.status) || reopensFromClosed) {
      run(walk, { type: 'ReopenIncident', data: { reason: `reopened in the source desk (${u.stateName})`, reopenWindowDays: UNBOUNDED_REOPEN_WINDOW_DAYS, by, at } });
    }
  }
  if (isOpen(current().status) && classificationChanged(current().classification, u)) {
    const { classification } = current();
    run(walk, {
      type: 'ClassifyIncident',
      data: {
        impact: u.impact ?? classification.impact,
        urgency: u.urgency ?? classification.urgency,
        category: u.category,
        subcategory: u.subcategory,
        symptom: u.symptom,
        priorityMatrix: facts.settings.priorityMatrix,
        majorIncidentRules: [],
        by,
        at,
      },
    });
  }
  if (target.status === 'cancelled') {
    run(walk, { type: 'CancelIncident', data: { reason: u.closeNotes ?? `cancelled in the source desk (${u.stateName})`, by, at } });
    return;
  }
  if (isOpen(current().status)) assign(walk, u, facts, target.status !== 'new');
  moveTo(walk, u, facts);
}

function assign(walk: IncidentWalk, u: ServiceNowUpdate, facts: ServiceNowFacts, needsGroup: boolean): void {
  const incident = walk.incident!;
  const { group, assignee } = wantedAssignment(incident, u, facts, needsGroup);
  if (group === null || (group === incident.group && assignee === incident.assignee)) return;
  // The platform hands work over only while it is not waiting: a hand-over during a hold resumes it first.
  if (incident.status === 'on-hold') run(walk, { type: 'ResumeIncident', data: { by: u.by, at: u.at } });
  run(walk, {
    type: 'AssignIncident',
    data: {
      group,
      assignee,
      ...(facts.settings.reassignmentCounting === 'group-change' ? { reassignmentCounting: 'group-change' } : {}),
      by: u.by,
      at: u.at,
    },
  });
}

function toInProgress(walk: IncidentWalk, u: ServiceNowUpdate, facts: ServiceNowFacts): void {
  const { by, at } = u;
  if (walk.incident!.status === 'new') assign(walk, u, facts, true);
  if (walk.incident!.status === 'assigned') run(walk, { type: 'StartWork', data: { by, at } });
  if (walk.incident!.status === 'on-hold') run(walk, { type: 'ResumeIncident', data: { by, at } });
}

function hold(walk: IncidentWalk, u: ServiceNowUpdate, reason: HoldReason): void {
  const incident = walk.incident!;
  if (incident.status === 'on-hold' && incident.hold?.reason === reason) return;
  if (incident.status === 'on-hold') run(walk, { type: 'ResumeIncident', data: { by: u.by, at: u.at } });
  const thirdParty = reason === 'awaiting-third-party' ? (u.vendor ?? 'vendor') : null;
  run(walk, { type: 'PutOnHold', data: { reason, thirdParty, by: u.by, at: u.at } });
}

function resolve(walk: IncidentWalk, u: ServiceNowUpdate, facts: ServiceNowFacts): void {
  if (walk.incident!.status === 'resolved') return;
  toInProgress(walk, u, facts);
  const mapped = u.closeCode !== null ? facts.mapping.closeCodes[u.closeCode] : undefined;
  run(walk, {
    type: 'ResolveIncident',
    data: {
      closingCategory: mapped ?? facts.mapping.defaultClosingCategory,
      resolutionCode: u.closeCode,
      notes: u.closeNotes ?? (u.closeCode ? `Resolved in the source desk: ${u.closeCode}` : 'Resolved in the source desk'),
      closingCategories: facts.settings.closingCategories,
      quietPeriodDays: facts.settings.quietPeriodDays,
      by: u.resolvedBy ?? u.by,
      at: u.at,
    },
  });
}

function moveTo(walk: IncidentWalk, u: ServiceNowUpdate, facts: ServiceNowFacts): void {
  const target = u.state;
  if ((target.status === 'resolved' || target.status === 'closed') && walk.incident!.status === target.status) return;
  switch (target.status) {
    case 'new':
    case 'assigned':
      // The platform never goes back to new; an assignment was made above when the row names a group.
      if (target.status === 'assigned' && walk.incident!.status === 'new') assign(walk, u, facts, true);
      return;
    case 'in-progress':
      return toInProgress(walk, u, facts);
    case 'on-hold':
      toInProgress(walk, u, facts);
      return hold(walk, u, target.holdReason ?? 'awaiting-caller');
    case 'resolved':
      return resolve(walk, u, facts);
    case 'closed':
      resolve(walk, u, facts);
      return run(walk, { type: 'CloseIncident', data: { automatic: false, by: u.by, at: u.at } });
    case 'cancelled':
      return;
  }
}
