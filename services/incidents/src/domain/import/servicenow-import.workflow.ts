import type { Workflow } from '@deskstream/kernel';
import type { IncidentCommand } from '../incident.commands';
import type { IncidentState } from '../incident.state';
import { planIncidentImport, type ImportPlan } from './incident-import.plan';
import type { ServiceNowUpdate } from './servicenow-row';
import { applyServiceNowUpdate, type ServiceNowFacts } from './servicenow-translation';

/** The rows of one ServiceNow incident, planned on the incident as it stands. */
export function planServiceNowImport(rows: readonly ServiceNowUpdate[], state: IncidentState, facts: ServiceNowFacts): ImportPlan {
  return planIncidentImport(rows, state, facts, applyServiceNowUpdate);
}

/** The same as a workflow: the rows of one ticket in, the incident's commands out. */
export const serviceNowImportWorkflow = (facts: ServiceNowFacts): Workflow<readonly ServiceNowUpdate[], IncidentCommand, IncidentState> => ({
  decide: (rows, state) => planServiceNowImport(rows, state, facts).commands,
});
