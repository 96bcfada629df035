import { nullsAsDefaults, ValidationFailed, type FieldError, type SettingsChange } from '@deskstream/kernel';
import type { MajorIncidentRule } from './major-incident.rules';
import { DEFAULT_PRIORITY_MATRIX, validatePriorityMatrix, type PriorityMatrix } from './priority-matrix';
import { wholeNumberErrors } from './text.rules';

/**
 * What counts as a reassignment: any change of group or assignee after the first assignment, or only a
 * change of group (the convention of desks that count hand-offs between teams, ServiceNow's among them).
 */
export const REASSIGNMENT_COUNTINGS = ['group-or-assignee', 'group-change'] as const;
export type ReassignmentCounting = (typeof REASSIGNMENT_COUNTINGS)[number];

/** What a tenant configures for its incident desk; every decision that depends on it gets it as input. */
export interface IncidentSettings {
  readonly priorityMatrix: PriorityMatrix;
  readonly reopenWindowDays: number;
  readonly quietPeriodDays: number;
  readonly closingCategories: readonly string[];
  readonly majorIncidentRules: readonly MajorIncidentRule[];
  readonly reassignmentCounting: ReassignmentCounting;
}

export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = {
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  reopenWindowDays: 10,
  quietPeriodDays: 3,
  closingCategories: ['hardware', 'software', 'network', 'supplier', 'user-error', 'duplicate', 'no-fault-found'],
  majorIncidentRules: [],
  reassignmentCounting: 'group-or-assignee',
};

const MAX_DAYS = 365;

/** Applies a tenant admin's change to the current settings, refusing anything that would make decisions ill-defined. */
export function changeSettings(current: IncidentSettings, change: SettingsChange<IncidentSettings>): IncidentSettings {
  // Fields the change leaves out keep their current value; a null takes the default again.
  const next: IncidentSettings = { ...current, ...nullsAsDefaults(change, DEFAULT_INCIDENT_SETTINGS) };
  const errors: FieldError[] = [];
  for (const field of ['reopenWindowDays', 'quietPeriodDays'] as const) {
    errors.push(...wholeNumberErrors(field, next[field], 0, MAX_DAYS));
  }
  const categories = next.closingCategories;
  if (!Array.isArray(categories) || categories.length === 0 || categories.some((c) => typeof c !== 'string' || c.trim() === '')) {
    errors.push({ field: 'closingCategories', message: 'closingCategories must list at least one category' });
  }
  if (!REASSIGNMENT_COUNTINGS.includes(next.reassignmentCounting)) {
    errors.push({ field: 'reassignmentCounting', message: `reassignmentCounting must be one of ${REASSIGNMENT_COUNTINGS.join(', ')}` });
  }
  (next.majorIncidentRules ?? []).forEach((rule, i) => {
    if (!rule.name) errors.push({ field: `majorIncidentRules.${i}.name`, message: 'a rule needs a name' });
    if (rule.priority === undefined && rule.service === undefined) {
      errors.push({ field: `majorIncidentRules.${i}`, message: 'a rule needs a priority, a service or both' });
    }
  });
  try {
    validatePriorityMatrix(next.priorityMatrix);
  } catch (error) {
    if (error instanceof ValidationFailed) errors.push(...error.errors);
    else throw error;
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}
