import type { SlaDefinition, SlaDefinitionSpec } from './sla-definition.model';
import type { Signal } from './ticket-facts';

/** The conditions as definitions stored before `reset` replaced `resetOn` (a list of signals) held them. */
type StoredConditions = SlaDefinitionSpec['conditions'] & { readonly resetOn?: readonly Signal[] };
/** Definitions stored (or written in a template) before deadlines existed have no `deadlineField`. */
type Stored<T extends SlaDefinitionSpec> = Omit<T, 'deadlineField'> & { readonly deadlineField?: SlaDefinitionSpec['deadlineField'] };

/**
 * A stored definition in the current shape: the one place older shapes are read. `resetOn: [signals]`
 * is `reset: { on: [signals] }`; no `deadlineField` is a duration (`null`). Every event that carries a
 * definition is folded through this, and so is every definition a tenant template brings.
 */
export function upcastDefinition<T extends SlaDefinitionSpec = SlaDefinition>(stored: Stored<T>): T {
  const { resetOn, ...conditions } = stored.conditions as StoredConditions;
  const current = { ...stored, deadlineField: stored.deadlineField ?? null } as T;
  if (resetOn === undefined) return current;
  return { ...current, conditions: { ...conditions, ...(resetOn.length > 0 && !conditions.reset ? { reset: { on: resetOn } } : {}) } };
}
