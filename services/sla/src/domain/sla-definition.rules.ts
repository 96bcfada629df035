import type { FieldError } from '@deskstream/kernel';
import type { SlaDefinitionSpec } from './sla-definition.model';
import type { TicketCondition } from './ticket-facts';

const LIST_FIELDS = ['status', 'holdReason', 'priority', 'group', 'thirdParty'] as const;

/**
 * Whether every ticket that satisfies `a` satisfies `b`. Conditions are conjunctions of "one of these
 * values" per field, so this is exact: `b`'s every constrained field must be constrained at least as
 * tightly by `a`.
 */
export function implies(a: TicketCondition, b: TicketCondition | undefined): boolean {
  if (!b) return false;
  for (const field of LIST_FIELDS) {
    const wanted = b[field] as readonly string[] | undefined;
    if (!wanted) continue;
    const given = a[field] as readonly string[] | undefined;
    if (!given || !given.every((value) => wanted.includes(value))) return false;
  }
  if (b.groupAssigned !== undefined) {
    const aAssigned = a.groupAssigned ?? (a.group ? true : undefined);
    if (aAssigned !== b.groupAssigned) return false;
  }
  return true;
}

const isEmpty = (condition: TicketCondition): boolean => LIST_FIELDS.every((field) => condition[field] === undefined) && condition.groupAssigned === undefined;

/** Mistakes that make a definition unusable: refused, each named by its field. */
export function definitionErrors(definition: SlaDefinitionSpec, knownCalendars: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!knownCalendars.includes(definition.calendar)) errors.push({ field: 'calendar', message: `calendar ${definition.calendar} does not exist` });
  if ((definition.durationMinutes === null) === (definition.deadlineField === null)) {
    const message = 'give either a duration in working minutes or a deadline field, not both';
    errors.push({ field: 'durationMinutes', message }, { field: 'deadlineField', message });
  }
  if (definition.deadlineField !== null && definition.cycles === 'sum')
    errors.push({ field: 'cycles', message: 'a deadline is due once: count the first or the last cycle, not their sum' });
  if (definition.target === 'fulfilment' && definition.appliesTo.kind !== 'service-request') {
    errors.push({ field: 'target', message: 'fulfilment targets apply to service requests' });
  }
  if (definition.target === 'response' && definition.responseBy.length === 0)
    errors.push({ field: 'responseBy', message: 'a response target needs at least one change that counts as the response' });
  definition.warnings.forEach((percent, i) => {
    if (!(percent > 0 && percent < 100)) errors.push({ field: `warnings.${i}`, message: 'must be between 0 and 100 (100 % is the breach)' });
  });
  return errors;
}

/** Conditions that are allowed but almost certainly wrong: saved, and answered with these warnings. */
export function definitionWarnings(definition: SlaDefinitionSpec): string[] {
  const { start, pause, resume, stop, cancel, reset } = definition.conditions;
  const warnings: string[] = [];
  if (implies(start, stop)) warnings.push('conditions.stop holds whenever conditions.start does: the clock can never attach (it stops as soon as it starts)');
  if (implies(start, cancel)) warnings.push('conditions.cancel holds whenever conditions.start does: the clock can never attach');
  if (implies(start, pause)) warnings.push('conditions.pause holds whenever conditions.start does: the clock can never run or resume');
  if (resume && !pause) warnings.push('conditions.resume is given without conditions.pause: the clock never pauses, so it never resumes');
  if (resume && pause && implies(resume, pause)) warnings.push('conditions.pause holds whenever conditions.resume does: a paused clock can never resume');
  if (reset && !reset.on && isEmpty(reset)) warnings.push('conditions.reset names no change and no fact: the clock never restarts');
  return warnings;
}
