import type { RecordedEvent } from '@deskstream/kernel';

/** Events kept parsed: subscriptions catching up side by side stay within a batch or two of each other. */
const KEPT = 8_192;

/**
 * What subscriptions catching up side by side (a service's projections after an import or a restart)
 * read, shared: they yield between batches and so take turns, batch for batch. A batch read by one
 * of them is handed to the others that ask for the same one in the same turn of the event loop (as if
 * they had read it at that instant: the same rows), and each event is parsed once, kept by position
 * for subscriptions to overlapping categories. A kept event is reused only for the row with its very
 * id (a position freed by a tenant's purge and taken again is parsed afresh). A recorded event never
 * changes, so one object can go to every subscriber. The events are kept in a ring of slots by
 * position: constant time, where evicting from a Map in insertion order is not.
 */
export class RecentEvents<Row> {
  private readonly slots = new Array<RecordedEvent | undefined>(KEPT);
  private thisTurn: Map<string, RecordedEvent[]> | null = null;

  constructor(
    private readonly toRecorded: (row: Row) => RecordedEvent,
    private readonly positionOf: (row: Row) => number,
    private readonly eventIdOf: (row: Row) => string,
  ) {}

  /**
   * The batch `key` names (what was read, from where, `size` at most), read by `readRows` unless read
   * already in this turn. Only a full batch is handed on: a short one is the tail of the log, which an
   * append in this very turn may have grown.
   */
  batch(key: string, size: number, readRows: () => readonly Row[]): RecordedEvent[] {
    const read = this.thisTurn?.get(key);
    if (read) return read;
    const batch = this.of(readRows());
    if (batch.length < size) return batch;
    if (!this.thisTurn) {
      this.thisTurn = new Map();
      setImmediate(() => (this.thisTurn = null));
    }
    this.thisTurn.set(key, batch);
    return batch;
  }

  private of(rows: readonly Row[]): RecordedEvent[] {
    return rows.map((row) => {
      const position = this.positionOf(row);
      const slot = position % KEPT;
      const kept = this.slots[slot];
      if (kept && kept.position === position && kept.eventId === this.eventIdOf(row)) return kept;
      const event = this.toRecorded(row);
      this.slots[slot] = event;
      return event;
    });
  }
}
