import type { IncidentCommand } from '../incident.commands';
import { isOpen } from '../incident.state';
import type { ImportFacts } from './import.types';
import type { IncidentWalk } from './incident-walk';
import type { EventLogMapping } from './eventlog-mapping';
import type { EventLogActivity } from './eventlog-row';
import { assignTo, closeWith, holdFor, reachInProgress, reopen, resolveWith, type Move, type Resolution } from './lifecycle-moves';
import { levelOf } from './servicenow-row';

export interface EventLogFacts extends ImportFacts {
  readonly mapping: EventLogMapping;
}

function opening(u: EventLogActivity, facts: EventLogFacts): IncidentCommand {
  const { fields } = u;
  const impact = levelOf(fields.impact);
  const urgency = levelOf(fields.urgency);
  const shortDescription = (fields.shortDescription ?? `Imported case ${u.number}`).slice(0, 200);
  return {
    type: 'OpenIncident',
    data: {
      incidentId: facts.incidentId,
      reference: facts.reference,
      sourceReference: u.number,
      caller: fields.caller ?? u.resource ?? 'unknown',
      channel: facts.mapping.channel,
      service: fields.service ?? null,
      configurationItem: fields.configurationItem ?? null,
      shortDescription,
      description: fields.description ?? shortDescription,
      category: fields.category ?? null,
      subcategory: fields.subcategory ?? null,
      symptom: null,
      ...(impact !== null && urgency !== null ? { impact, urgency } : {}),
      priorityMatrix: facts.settings.priorityMatrix,
      majorIncidentRules: [],
      by: u.resource ?? 'unknown',
      at: u.at,
    },
  };
}

/** An activity the mapping does not name, kept on the ticket as an internal note with everything the row said. */
function noteOf(u: EventLogActivity, text: string): IncidentCommand {
  const details = Object.entries(u.attributes).map(([column, value]) => `${column}: ${value}`);
  return {
    type: 'AddNote',
    data: {
      noteId: `import-${u.number}-${u.update}`,
      visibility: 'internal',
      text: [text, ...details].join('\n').slice(0, 4000),
      by: u.resource ?? 'unknown',
      at: u.at,
    },
  };
}

/** One activity of the log as the platform's commands; the first activity of a case opens it, whatever it is. */
export function applyEventLogActivity(u: EventLogActivity, walk: IncidentWalk, facts: EventLogFacts): void {
  const { fields, mapped } = u;
  const move: Move = { by: u.resource ?? 'unknown', at: u.at, settings: facts.settings, defaultGroup: facts.mapping.defaultGroup };
  const opened = walk.incident === null;
  if (opened) walk.run(opening(u, facts));
  if (mapped === null) return walk.run(noteOf(u, `Imported activity: ${u.activity}`));
  const resolution = (): Resolution => ({
    closingCategory: mapped.closingCategory ?? fields.closingCategory ?? facts.mapping.defaultClosingCategory,
    resolutionCode: u.activity,
    notes: fields.note ?? `${u.activity} (imported)`,
    resolvedBy: move.by,
  });
  const incident = walk.incident!;
  switch (mapped.command) {
    case 'open':
      return;
    case 'assign':
      return assignTo(walk, move, fields.group ?? incident.group ?? move.defaultGroup, fields.assignee ?? null);
    case 'start':
      if (fields.group !== undefined || fields.assignee !== undefined) {
        assignTo(walk, move, fields.group ?? incident.group ?? move.defaultGroup, fields.assignee ?? incident.assignee);
      }
      return reachInProgress(walk, move);
    case 'hold':
      return holdFor(walk, move, mapped.holdReason ?? 'awaiting-caller', fields.thirdParty ?? null);
    case 'resume':
      return reachInProgress(walk, move);
    case 'classify': {
      const impact = levelOf(fields.impact) ?? incident.classification.impact;
      const urgency = levelOf(fields.urgency) ?? incident.classification.urgency;
      return walk.run({
        type: 'ClassifyIncident',
        data: {
          impact,
          urgency,
          category: fields.category ?? incident.classification.category,
          subcategory: fields.subcategory ?? incident.classification.subcategory,
          symptom: incident.classification.symptom,
          priorityMatrix: facts.settings.priorityMatrix,
          majorIncidentRules: [],
          by: move.by,
          at: move.at,
        },
      });
    }
    case 'resolve':
      return resolveWith(walk, move, resolution());
    case 'close':
      return closeWith(walk, move, resolution());
    case 'reopen':
      if (!isOpen(incident.status)) reopen(walk, move, fields.note ?? `${u.activity} (imported)`);
      return;
    case 'cancel':
      return walk.run({ type: 'CancelIncident', data: { reason: fields.note ?? `${u.activity} (imported)`, by: move.by, at: move.at } });
    case 'note':
      return walk.run(noteOf(u, fields.note ?? u.activity));
  }
}
