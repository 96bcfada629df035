import { recordHistory, type HistoryEntry } from '@deskstream/readmodels';
import type { RecordedEvent } from '@deskstream/kernel';
import { applyToProblem } from './problem-detail.projection';

/** Every event with who, when and which fields of the problem it changed, oldest first. */
export function historyOf(events: readonly RecordedEvent[]): HistoryEntry[] {
  return recordHistory(events, { apply: applyToProblem, record: (doc) => doc?.problem });
}
