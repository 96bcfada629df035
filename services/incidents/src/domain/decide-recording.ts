import { AlreadyExists, type FieldError } from '@deskstream/kernel';
import type { ClassifyIncident, OpenIncident } from './incident.commands';
import type { Classification, IncidentEvent, Level, MajorIncidentDeclared } from './incident.events';
import { CHANNELS } from './incident.events';
import { unknownNames } from './directory-names.rules';
import type { Incident, IncidentState } from './incident.state';
import { ensureAllowed } from './lifecycle.rules';
import { DEFAULT_STAKEHOLDER_UPDATE_MINUTES, matchingRule, nextUpdateDue, type MajorIncidentRule } from './major-incident.rules';
import { priorityFor } from './priority-matrix';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, textErrors } from './text.rules';

const REFERENCE = /^INC\d{7,}$/;

type Opening = Omit<OpenIncident['data'], 'reference'>;

function classificationOf(data: Opening | ClassifyIncident['data'], impact: number, urgency: number): Classification {
  return {
    impact: impact as Level,
    urgency: urgency as Level,
    priority: priorityFor(data.priorityMatrix, impact, urgency),
    category: data.category ?? null,
    subcategory: data.subcategory ?? null,
    symptom: data.symptom ?? null,
  };
}

function declaredByRule(
  rules: readonly MajorIncidentRule[],
  incident: { priority: Classification['priority']; service: string | null },
  by: string,
  at: string,
): MajorIncidentDeclared[] {
  const rule = matchingRule(rules, incident);
  if (!rule) return [];
  return [
    {
      type: 'MajorIncidentDeclared',
      data: {
        manager: rule.manager ?? null,
        reason: `tenant rule: ${rule.name}`,
        rule: rule.name,
        updateIntervalMinutes: DEFAULT_STAKEHOLDER_UPDATE_MINUTES,
        nextUpdateDueAt: nextUpdateDue(at, DEFAULT_STAKEHOLDER_UPDATE_MINUTES),
        by,
        at,
      },
    },
  ];
}

/** Everything that refuses an opening except its reference. */
function openingErrors(data: Opening): FieldError[] {
  const errors: FieldError[] = [
    ...textErrors('shortDescription', data.shortDescription, MAX_SHORT_TEXT_LENGTH),
    ...textErrors('description', data.description),
    ...textErrors('caller', data.caller, MAX_SHORT_TEXT_LENGTH),
  ];
  if (!CHANNELS.includes(data.channel)) errors.push({ field: 'channel', message: `channel must be one of ${CHANNELS.join(', ')}` });
  if ((data.impact === undefined) !== (data.urgency === undefined)) {
    errors.push({ field: data.impact === undefined ? 'impact' : 'urgency', message: 'impact and urgency go together' });
  }
  errors.push(
    ...unknownNames(
      [
        { field: 'service', kind: 'service', value: data.service },
        { field: 'configurationItem', kind: 'configuration-item', value: data.configurationItem },
      ],
      data.directory,
    ),
  );
  return errors;
}

/**
 * Tells, before a reference is taken, whether an incident can be opened, by the same checks as
 * opening it: so that a refused request takes no number and writes nothing at all.
 */
export function ensureOpenable(data: Opening): void {
  ensureValid(openingErrors(data));
  classificationOf(data, data.impact ?? 3, data.urgency ?? 3);
}

export function openIncident(command: OpenIncident, state: IncidentState): IncidentEvent[] {
  const data = command.data;
  if (state.status !== 'none') throw new AlreadyExists('Incident', data.incidentId);
  const errors = openingErrors(data);
  if (!REFERENCE.test(data.reference)) errors.push({ field: 'reference', message: 'reference must look like INC0001001' });
  ensureValid(errors);
  const classified = data.impact !== undefined;
  // Unclassified incidents sit at the lowest priority until the desk classifies them.
  const classification = classificationOf(data, data.impact ?? 3, data.urgency ?? 3);
  const service = data.service ?? null;
  return [
    {
      type: 'IncidentOpened',
      data: {
        incidentId: data.incidentId,
        reference: data.reference,
        caller: data.caller,
        channel: data.channel,
        service,
        configurationItem: data.configurationItem ?? null,
        shortDescription: data.shortDescription,
        description: data.description,
        ...(data.sourceReference ? { sourceReference: data.sourceReference } : {}),
        ...classification,
        classified,
        by: data.by,
        at: data.at,
      },
    },
    ...declaredByRule(data.majorIncidentRules, { priority: classification.priority, service }, data.by, data.at),
  ];
}

function sameClassification(a: Classification, b: Classification): boolean {
  return (
    a.impact === b.impact &&
    a.urgency === b.urgency &&
    a.priority === b.priority &&
    a.category === b.category &&
    a.subcategory === b.subcategory &&
    a.symptom === b.symptom
  );
}

/** A classification that changes a classified incident is a reclassification, and counted. */
export function classifyIncident(command: ClassifyIncident, state: IncidentState): IncidentEvent[] {
  const incident: Incident = ensureAllowed(state, 'classify');
  const data = command.data;
  const classification = classificationOf(data, data.impact, data.urgency);
  if (incident.classified && sameClassification(incident.classification, classification)) return [];
  const reclassification = incident.classified;
  const events: IncidentEvent[] = [
    {
      type: 'IncidentClassified',
      data: {
        ...classification,
        reclassification,
        reclassificationCount: incident.reclassificationCount + (reclassification ? 1 : 0),
        by: data.by,
        at: data.at,
      },
    },
  ];
  if (!incident.major && !incident.masterIncidentId) {
    events.push(...declaredByRule(data.majorIncidentRules, { priority: classification.priority, service: incident.service }, data.by, data.at));
  }
  return events;
}
