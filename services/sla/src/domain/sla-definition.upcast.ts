import type { SlaDefinition } from './sla-definition.model';
import type { Signal } from './ticket-facts';

/** The conditions as definitions stored before `reset` replaced `resetOn` (a list of signals) held them. */
type StoredConditions = SlaDefinition['conditions'] & { readonly resetOn?: readonly Signal[] };

/**
 * A stored definition in the current shape: the one place older shapes are read. `resetOn: [signals]`
 * is `reset: { on: [signals] }`. Every event that carries a definition is folded through this.
 */
export function upcastDefinition(stored: SlaDefinition): SlaDefinition {
  const { resetOn, ...conditions } = stored.conditions as StoredConditions;
  if (resetOn === undefined) return stored;
  return { ...stored, conditions: { ...conditions, ...(resetOn.length > 0 && !conditions.reset ? { reset: { on: resetOn } } : {}) } };
}
