import type { SourceDirectoryNames } from '../incident.events';
import type { IncidentState } from '../incident.state';
import type { EventLogActivity } from './eventlog-row';
import { sequenceCase } from './eventlog-row';
import { applyEventLogActivity, type EventLogFacts } from './eventlog-translation';
import { planIncidentImport, type ImportPlan } from './incident-import.plan';

const present = (...names: (string | undefined | null)[]): string[] => names.filter((name): name is string => !!name);

/** Who and what an activity names (the mapped columns): the directory creates each on first sight. An event log names no locations. */
export function eventLogNames(row: EventLogActivity): SourceDirectoryNames {
  const { caller, assignee, group, category } = row.fields;
  return { users: present(row.resource, caller, assignee), groups: present(group), categories: present(category), locations: [] };
}

/** The activities of one case, in time order, planned on the incident as it stands. */
export function planEventLogImport(rows: readonly EventLogActivity[], state: IncidentState, facts: EventLogFacts): ImportPlan {
  return planIncidentImport(sequenceCase(rows), state, facts, applyEventLogActivity, eventLogNames);
}
