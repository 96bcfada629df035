import { EventEmitter } from 'node:events';
import type { StatementSync } from 'node:sqlite';
import {
  categoryOf,
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
import { checkExpectedRevision } from '../expected-revision';
import { OpenSubscriptions } from '../open-subscriptions';
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

function toRecordedAll(rows: unknown[]): RecordedEvent[] {
  return (rows as EventRow[]).map(toRecorded);
}

/**
 * The embedded event store: one `events` table in the shared SQLite file. The global position is the
 * rowid; (stream_id, revision) is unique, which is what makes a concurrent append fail instead of
 * interleaving. Appends run in one transaction: all of a batch or none of it.
 *
 * Write cost is pages touched per commit, so the schema keeps only the indexes reads need: no
 * AUTOINCREMENT (the log is append-only, so max(rowid) + 1 already never reuses a committed
 * position) and no unique index on random event ids (a random B-tree page per event cut batched
 * appends five-fold; KurrentDB does not reject a repeated id either, it treats it as a retry).
 */
export class SqliteEventStore implements EventStore {
  private readonly appended = new EventEmitter();
  private readonly subscriptions = new OpenSubscriptions();
  /** Category reads are prepared once per number of categories, not per poll. */
  private readonly categoryStatements = new Map<number, StatementSync>();
  private readonly statements;

  constructor(private readonly db: Sqlite) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position  INTEGER PRIMARY KEY,
        event_id  TEXT NOT NULL,
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
    const { insert, currentRevision } = this.statements;
    const result = transaction(this.db, () => {
      const row = currentRevision.get(streamId) as { revision: number | null };
      const current = row.revision ?? -1;
      checkExpectedRevision(streamId, options.expectedRevision, current);
      const category = categoryOf(streamId);
      let position = -1;
      let revision = current;
      for (const event of events) {
        revision += 1;
        const data = JSON.stringify(event.data);
        const metadata = JSON.stringify(event.metadata);
        position = insert.run(event.eventId, streamId, category, revision, event.type, data, metadata)
          .lastInsertRowid as number;
      }
      return { nextExpectedRevision: revision, position };
    });
    if (events.length > 0) this.appended.emit('appended');
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0, limit);
    return toRecordedAll(rows);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return toRecordedAll(this.statements.readAll.all(options.after ?? 0, options.maxCount ?? -1));
  }

  async headPosition(): Promise<number> {
    const row = this.statements.head.get() as { position: number | null };
    return row.position ?? -1;
  }

  subscribe(handler: EventHandler, options: SubscriptionOptions = {}): Subscription {
    const categories = options.categories && options.categories.length > 0 ? [...options.categories] : null;
    const statement = categories ? this.categoryStatement(categories.length) : this.statements.readAll;
    const subscription = pollingSubscription({
      after: options.after ?? 0,
      handler,
      onError: options.onError,
      readBatch: async (after, maxCount) =>
        toRecordedAll(categories ? statement.all(...categories, after, maxCount) : statement.all(after, maxCount)),
      onAppend: (listener) => {
        this.appended.on('appended', listener);
        return () => this.appended.off('appended', listener);
      },
    });
    return this.subscriptions.track(subscription);
  }

  /** Stops every subscription still running; the database itself belongs to whoever opened it. */
  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    this.appended.removeAllListeners();
  }

  private categoryStatement(count: number): StatementSync {
    let statement = this.categoryStatements.get(count);
    if (!statement) {
      const marks = new Array<string>(count).fill('?').join(', ');
      statement = this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE category IN (${marks}) AND position > ? ORDER BY position ASC LIMIT ?`,
      );
      this.categoryStatements.set(count, statement);
    }
    return statement;
  }
}
