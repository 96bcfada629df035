import type { Priority } from './priority-matrix';
import type { Incident } from './incident.state';
import { addMinutes } from './time.rules';

/** A tenant rule that makes an incident major by itself, e.g. "any P1 on the payroll service". */
export interface MajorIncidentRule {
  readonly name: string;
  readonly priority?: Priority;
  readonly service?: string;
  readonly manager?: string;
}

export const DEFAULT_STAKEHOLDER_UPDATE_MINUTES = 30;

export function matchingRule(
  rules: readonly MajorIncidentRule[],
  incident: { readonly priority: Priority; readonly service: string | null },
): MajorIncidentRule | undefined {
  return rules.find(
    (rule) =>
      (rule.priority !== undefined || rule.service !== undefined) &&
      (rule.priority === undefined || rule.priority === incident.priority) &&
      (rule.service === undefined || rule.service === incident.service),
  );
}

/** Stakeholders hear from the major-incident manager at a set rhythm; the next update is due one interval on. */
export function nextUpdateDue(at: string, intervalMinutes: number): string {
  return addMinutes(at, intervalMinutes);
}

/** A master major incident cannot close before its post-incident review is recorded. */
export function canClose(incident: Incident): boolean {
  return !incident.major || incident.major.review !== null;
}
