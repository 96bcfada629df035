import type { Workflow } from '@deskstream/kernel';
import type { IncidentCommand } from '../incident.commands';
import type { IncidentState } from '../incident.state';
import { planIncidentImport, type ImportPlan } from './incident-import.plan';
import type { SourceDirectoryNames } from '../incident.events';
import type { ServiceNowUpdate } from './servicenow-row';
import { applyServiceNowUpdate, type ServiceNowFacts } from './servicenow-translation';

const present = (...names: (string | null)[]): string[] => names.filter((name): name is string => name !== null);

/** Who and what a row names: the directory creates each on first sight. */
export function serviceNowNames(u: ServiceNowUpdate): SourceDirectoryNames {
  return {
    users: present(u.caller, u.openedBy, u.assignee, u.resolvedBy, u.by === 'unknown' ? null : u.by),
    groups: present(u.group),
    categories: present(u.category),
    locations: present(u.location),
  };
}

/** The rows of one ServiceNow incident, planned on the incident as it stands. */
export function planServiceNowImport(rows: readonly ServiceNowUpdate[], state: IncidentState, facts: ServiceNowFacts): ImportPlan {
  return planIncidentImport(rows, state, facts, applyServiceNowUpdate, serviceNowNames);
}

/** The same as a workflow: the rows of one ticket in, the incident's commands out. */
export const serviceNowImportWorkflow = (facts: ServiceNowFacts): Workflow<readonly ServiceNowUpdate[], IncidentCommand, IncidentState> => ({
  decide: (rows, state) => planServiceNowImport(rows, state, facts).commands,
});
