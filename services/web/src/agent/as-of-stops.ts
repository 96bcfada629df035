import type { HistoryEntry } from '../api/types';

export interface AsOfStop {
  readonly at: string;
  /** The last event at that instant: events written together cannot be told apart in time. */
  readonly entry: HistoryEntry;
}

/** One stop per distinct instant of the ticket's history, oldest first. */
export function asOfStops(history: readonly HistoryEntry[]): AsOfStop[] {
  const stops: AsOfStop[] = [];
  for (const entry of history) {
    if (stops.length > 0 && stops[stops.length - 1]!.at === entry.at) stops[stops.length - 1] = { at: entry.at, entry };
    else stops.push({ at: entry.at, entry });
  }
  return stops;
}
