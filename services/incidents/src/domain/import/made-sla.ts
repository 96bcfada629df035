import type { ObservedClock } from '../ticket-sla.decider';
import type { ValueComparison } from './reconciliation';

/**
 * Whether the ticket made its SLA as the platform's replayed clocks say: no customer (`sla`) clock
 * breached. Null when no such clock ran for it (no definition applies, or none was replayed yet).
 */
export function madeSlaOf(clocks: readonly ObservedClock[]): boolean | null {
  const promised = clocks.filter((clock) => clock.type === 'sla');
  if (promised.length === 0) return null;
  return promised.every((clock) => clock.breached !== true);
}

/** ServiceNow's `made_sla` against the replayed clocks; null when there is nothing to compare. */
export function compareMadeSla(source: boolean | null, clocks: readonly ObservedClock[]): ValueComparison<boolean> | null {
  const derived = madeSlaOf(clocks);
  if (derived === null || source === null) return null;
  return { derived, source, agrees: derived === source };
}
