import { EventEmitter } from 'node:events';
import {
  categoryOf,
  ConcurrencyConflict,
  type AppendResult,
  type EventHandler,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type Subscription,
  type SubscriptionOptions,
} from '@deskstream/kernel';
import { transaction, type Sqlite } from '@deskstream/sqlite';
import { pollingSubscription } from './polling-subscription';

interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata';

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
  };
}

function describe(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? String(expected) : expected;
}

/**
 * The embedded event store: one `events` table in the shared SQLite file. The global position is the
 * rowid; (stream_id, revision) is unique, which is what makes a concurrent append fail instead of
 * interleaving. Appends run in one transaction: all of a batch or none of it.
 */
export class SqliteEventStore implements EventStore {
  private readonly appended = new EventEmitter();
  private readonly statements;

  constructor(private readonly db: Sqlite) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position  INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id  TEXT NOT NULL UNIQUE,
        stream_id TEXT NOT NULL,
        category  TEXT NOT NULL,
        revision  INTEGER NOT NULL,
        type      TEXT NOT NULL,
        data      TEXT NOT NULL,
        metadata  TEXT NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE INDEX IF NOT EXISTS events_by_category ON events (category, position);
    `);
    this.appended.setMaxListeners(0);
    this.statements = {
      currentRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      insert: db.prepare(
        'INSERT INTO events (event_id, stream_id, category, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      readForwards: db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
      ),
      readBackwards: db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
      readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
      head: db.prepare('SELECT MAX(position) AS position FROM events'),
    };
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const result = transaction(this.db, () => {
      const row = this.statements.currentRevision.get(streamId) as { revision: number | null };
      const current = row.revision ?? -1;
      this.check(streamId, options.expectedRevision, current);
      const category = categoryOf(streamId);
      let position = -1;
      let revision = current;
      for (const event of events) {
        revision += 1;
        position = Number(
          this.statements.insert.run(
            event.eventId,
            streamId,
            category,
            revision,
            event.type,
            JSON.stringify(event.data),
            JSON.stringify(event.metadata),
          ).lastInsertRowid,
        );
      }
      return { nextExpectedRevision: revision, position };
    });
    if (events.length > 0) this.appended.emit('appended');
    return result;
  }

  private check(streamId: string, expected: ExpectedRevision, current: number): void {
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1) ||
      (expected === 'stream_exists' && current >= 0) ||
      expected === current;
    if (!ok) throw new ConcurrencyConflict(streamId, describe(expected), current === -1 ? 'no_stream' : String(current));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0, limit);
    return (rows as unknown as EventRow[]).map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(options.after ?? 0, options.maxCount ?? -1) as unknown as EventRow[];
    return rows.map(toRecorded);
  }

  private readCategories(after: number, categories: readonly string[], maxCount: number): RecordedEvent[] {
    const marks = categories.map(() => '?').join(', ');
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM events WHERE category IN (${marks}) AND position > ? ORDER BY position ASC LIMIT ?`)
      .all(...categories, after, maxCount) as unknown as EventRow[];
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<number> {
    const row = this.statements.head.get() as { position: number | null };
    return row.position ?? -1;
  }

  subscribe(handler: EventHandler, options: SubscriptionOptions = {}): Subscription {
    const categories = options.categories;
    return pollingSubscription({
      after: options.after ?? 0,
      handler,
      onError: options.onError,
      readBatch: async (after, maxCount) =>
        categories && categories.length > 0
          ? this.readCategories(after, categories, maxCount)
          : this.readAll({ after, maxCount }),
      onAppend: (listener) => {
        this.appended.on('appended', listener);
        return () => this.appended.off('appended', listener);
      },
    });
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
  }
}
