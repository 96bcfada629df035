import type { SlaClock, TicketSummary } from '../api/types';
import { clockToShow } from './sla-band';

/** The API sorts by priority, then oldest first; age and SLA due are re-sorts of the same rows. */
export function sortQueue(rows: readonly TicketSummary[], sort: string, clocks: Map<string, SlaClock[]>): TicketSummary[] {
  const copy = [...rows];
  if (sort === 'age') return copy.sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  if (sort === 'sla') {
    const due = (row: TicketSummary) => clockToShow(clocks.get(row.reference) ?? [])?.dueAt ?? '9999';
    return copy.sort((a, b) => due(a).localeCompare(due(b)));
  }
  return copy;
}
