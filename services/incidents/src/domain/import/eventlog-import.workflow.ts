import type { IncidentState } from '../incident.state';
import type { EventLogActivity } from './eventlog-row';
import { sequenceCase } from './eventlog-row';
import { applyEventLogActivity, type EventLogFacts } from './eventlog-translation';
import { planIncidentImport, type ImportPlan } from './incident-import.plan';

/** The activities of one case, in time order, planned on the incident as it stands. */
export function planEventLogImport(rows: readonly EventLogActivity[], state: IncidentState, facts: EventLogFacts): ImportPlan {
  return planIncidentImport(sequenceCase(rows), state, facts, applyEventLogActivity);
}
