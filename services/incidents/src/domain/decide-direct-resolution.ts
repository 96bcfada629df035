import type { ResolveAtFirstContact, ResolveFromMonitoring } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import { evolveIncident } from './incident.evolve';
import { isOpen, type IncidentState } from './incident.state';
import { resolveIncident } from './decide-resolution';
import { assignIncident, resumeIncident, startWork } from './decide-work';
import { existing } from './lifecycle.rules';

/** Where monitoring's own incidents are recorded when nobody took them before the recovery. */
export const MONITORING_GROUP = 'monitoring';
/** The group a first-contact resolution is recorded against when the agent names none: the desk itself. */
export const FIRST_CONTACT_GROUP = 'service-desk';
/** What a recovery without anyone's diagnosis is closed as, where the tenant has the category. */
export const RECOVERY_CLOSING_CATEGORY = 'no-fault-found';

type Step = (state: IncidentState) => IncidentEvent[];

/** Decides each step on the state the previous ones left: the lifecycle is walked, never skipped. */
function walk(state: IncidentState, steps: readonly Step[]): IncidentEvent[] {
  const events: IncidentEvent[] = [];
  let current = state;
  for (const step of steps) {
    const decided = step(current);
    current = decided.reduce(evolveIncident, current);
    events.push(...decided);
  }
  return events;
}

/**
 * All alerts of the incident recovered. Resolution is allowed only from work in progress, so an
 * untaken incident is assigned to monitoring and started, one on hold resumed. An incident that is
 * no longer open (someone resolved, closed or cancelled it) is left as it is.
 */
export function resolveFromMonitoring(command: ResolveFromMonitoring, state: IncidentState): IncidentEvent[] {
  const incident = existing(state);
  if (!isOpen(incident.status)) return [];
  const { by, at, notes, closingCategories, quietPeriodDays } = command.data;
  const closingCategory = closingCategories.includes(RECOVERY_CLOSING_CATEGORY) ? RECOVERY_CLOSING_CATEGORY : closingCategories[0]!;
  const steps: Step[] = [];
  if (incident.status === 'new') steps.push((s) => assignIncident({ type: 'AssignIncident', data: { group: MONITORING_GROUP, by, at } }, s));
  if (incident.status === 'new' || incident.status === 'assigned') steps.push((s) => startWork({ type: 'StartWork', data: { by, at } }, s));
  if (incident.status === 'on-hold') steps.push((s) => resumeIncident({ type: 'ResumeIncident', data: { by, at } }, s));
  steps.push((s) => resolveIncident({ type: 'ResolveIncident', data: { closingCategory, notes, closingCategories, quietPeriodDays, by, at } }, s));
  return walk(state, steps);
}

/** The agent takes the new incident, works it and resolves it in one decision: all of it is recorded, or none. */
export function resolveAtFirstContact(command: ResolveAtFirstContact, state: IncidentState): IncidentEvent[] {
  const { agent, group, closingCategory, notes, closingCategories, quietPeriodDays, by, at } = command.data;
  return walk(state, [
    (s) => assignIncident({ type: 'AssignIncident', data: { group: group ?? FIRST_CONTACT_GROUP, assignee: agent, tier: 1, by, at } }, s),
    (s) => startWork({ type: 'StartWork', data: { by, at } }, s),
    (s) => resolveIncident({ type: 'ResolveIncident', data: { closingCategory, notes, closingCategories, quietPeriodDays, by, at } }, s),
  ]);
}
