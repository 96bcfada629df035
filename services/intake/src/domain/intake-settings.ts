import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { DEFAULT_STORM_WINDOW_MINUTES } from './alert-correlation.decider';
import type { ClassificationRule } from './classification';
import { ruleErrors } from './routing-rule.errors';
import { DEFAULT_DUPLICATE_WINDOW_MINUTES } from './duplicate.rules';

/** What a tenant configures for its intake; every decision that depends on it gets it as input. */
export interface IntakeSettings {
  readonly classificationRules: readonly ClassificationRule[];
  readonly duplicateWindowMinutes: number;
  readonly alerts: {
    readonly stormWindowMinutes: number;
    /** Resolve the incident when its last alert recovers, or only note the recovery. */
    readonly resolveOnRecovery: boolean;
  };
}

export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = {
  classificationRules: [],
  duplicateWindowMinutes: DEFAULT_DUPLICATE_WINDOW_MINUTES,
  alerts: { stormWindowMinutes: DEFAULT_STORM_WINDOW_MINUTES, resolveOnRecovery: false },
};

const MAX_WINDOW_MINUTES = 24 * 60;

function windowErrors(field: string, value: unknown): FieldError[] {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_WINDOW_MINUTES
    ? []
    : [{ field, message: `${field} must be a whole number of minutes from 0 to ${MAX_WINDOW_MINUTES}` }];
}

/** Fields given as undefined (DTO instances have them) leave the current value alone. */
const defined = <T extends object>(value: T): Partial<T> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Applies a tenant admin's change; fields left out keep their value. Refuses rules that cannot be applied. */
export function changeIntakeSettings(current: IntakeSettings, change: Partial<IntakeSettings>): IntakeSettings {
  const next: IntakeSettings = {
    classificationRules: change.classificationRules ?? current.classificationRules,
    duplicateWindowMinutes: change.duplicateWindowMinutes ?? current.duplicateWindowMinutes,
    alerts: { ...current.alerts, ...defined(change.alerts ?? {}) },
  };
  const errors = [
    ...ruleErrors(next.classificationRules),
    ...windowErrors('duplicateWindowMinutes', next.duplicateWindowMinutes),
    ...windowErrors('alerts/stormWindowMinutes', next.alerts.stormWindowMinutes),
  ];
  if (typeof next.alerts.resolveOnRecovery !== 'boolean') errors.push({ field: 'alerts/resolveOnRecovery', message: 'must be true or false' });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}
