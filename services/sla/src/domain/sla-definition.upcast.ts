import type { SlaDefinition } from './sla-definition.model';
import type { Signal } from './ticket-facts';

/** The conditions as definitions stored before `reset` replaced `resetOn` (a list of signals) held them. */
type StoredConditions = SlaDefinition['conditions'] & { readonly resetOn?: readonly Signal[] };
/** Definitions stored before deadlines existed have no `deadlineField`. */
type Stored = Omit<SlaDefinition, 'deadlineField'> & { readonly deadlineField?: SlaDefinition['deadlineField'] };

/**
 * A stored definition in the current shape: the one place older shapes are read. `resetOn: [signals]`
 * is `reset: { on: [signals] }`; no `deadlineField` is a duration (`null`). Every event that carries a
 * definition is folded through this.
 */
export function upcastDefinition(stored: Stored): SlaDefinition {
  const { resetOn, ...conditions } = stored.conditions as StoredConditions;
  const current = { ...stored, deadlineField: stored.deadlineField ?? null };
  if (resetOn === undefined) return current;
  return { ...current, conditions: { ...conditions, ...(resetOn.length > 0 && !conditions.reset ? { reset: { on: resetOn } } : {}) } };
}
