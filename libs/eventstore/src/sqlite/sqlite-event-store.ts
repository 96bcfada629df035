import { EventEmitter } from 'node:events';
import type { StatementSync } from 'node:sqlite';
import {
  categoryOf,
  DeliveryLag,
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
import { groupCommitOf, type GroupCommit, type Sqlite } from '@deskstream/sqlite';
import { checkExpectedRevision } from '../expected-revision';
import { OpenSubscriptions } from '../open-subscriptions';
import { pollingSubscription } from './polling-subscription';
import { RecentEvents } from './recent-events';
import { AppendTimes } from './append-times';

/**
 * An event's row, read as an array in COLUMNS order: a replay reads millions, and an array per row
 * costs node:sqlite a third less than an object keyed by column name.
 */
type EventRow = readonly [position: number, eventId: string, streamId: string, revision: number, type: string, data: string, metadata: string];

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata';

function toRecorded(row: EventRow): RecordedEvent {
  return { eventId: row[1], streamId: row[2], revision: row[3], position: row[0], type: row[4], data: JSON.parse(row[5]), metadata: JSON.parse(row[6]) };
}

function toRecordedAll(rows: unknown[]): RecordedEvent[] {
  return (rows as EventRow[]).map(toRecorded);
}

/** A read of whole events, its rows returned as EventRow arrays. */
function readOf(db: Sqlite, sql: string): StatementSync {
  const statement = db.prepare(sql);
  statement.setReturnArrays(true);
  return statement;
}

/**
 * The embedded event store: one `events` table in the shared SQLite file. The global position is the
 * rowid; (stream_id, revision) is unique, which is what makes a concurrent append fail instead of
 * interleaving. Each append is all of its events or none of them; the appends of one turn of the
 * event loop share a commit (GroupCommit), and each resolves only once that commit is done.
 *
 * Write cost is pages touched per commit, so the schema keeps only the indexes reads need: no
 * AUTOINCREMENT (the log is append-only, so max(rowid) + 1 already never reuses a committed
 * position) and no unique index on random event ids (a random B-tree page per event cut batched
 * appends five-fold; KurrentDB does not reject a repeated id either, it treats it as a retry).
 *
 * Only the subscriptions whose categories were appended to are woken, once for all the appends of
 * one synchronous run (announced in a microtask, so a caller that awaits its append and then asks a
 * subscriber whether it caught up finds the wake-up already given).
 */
export class SqliteEventStore implements EventStore {
  private readonly appended = new EventEmitter();
  /** Categories appended to and not announced yet; null when nothing waits. */
  private appendedCategories: Set<string> | null = null;
  private readonly subscriptions = new OpenSubscriptions();
  /** Category reads are prepared once per number of categories, not per poll. */
  private readonly categoryStatements = new Map<number, StatementSync>();
  private readonly recentEvents = new RecentEvents<EventRow>(
    toRecorded,
    (row) => row[0],
    (row) => row[1],
  );
  private readonly appendTimes = new AppendTimes();
  private readonly deliveryLag = new DeliveryLag();
  private readonly statements;
  private readonly commits: GroupCommit;

  constructor(private readonly db: Sqlite) {
    this.commits = groupCommitOf(db);
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
      insert: db.prepare('INSERT INTO events (event_id, stream_id, category, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      readForwards: readOf(db, `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`),
      readBackwards: readOf(db, `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`),
      readAll: readOf(db, `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
      head: db.prepare('SELECT MAX(position) AS position FROM events'),
    };
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const { insert, currentRevision } = this.statements;
    const result = await this.commits.run(() => {
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
        position = insert.run(event.eventId, streamId, category, revision, event.type, data, metadata).lastInsertRowid as number;
      }
      return { nextExpectedRevision: revision, position };
    });
    if (events.length > 0) {
      this.appendTimes.record(result.position, Date.now());
      this.announce(categoryOf(streamId));
    }
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

  deliveryLagMs(): number {
    return this.deliveryLag.ms();
  }

  subscribe(handler: EventHandler, options: SubscriptionOptions = {}): Subscription {
    const categories = options.categories && options.categories.length > 0 ? [...options.categories] : null;
    const statement = categories ? this.categoryStatement(categories.length) : this.statements.readAll;
    const subscription = pollingSubscription({
      after: options.after ?? 0,
      handler,
      onError: options.onError,
      readBatch: async (after, maxCount) =>
        this.recentEvents.batch(
          `${categories?.join('\u0000') ?? '*'}\u0001${after}\u0001${maxCount}`,
          maxCount,
          () =>
            (categories
              ? statement.all(...categories.flatMap((category) => [category, after]), maxCount)
              : statement.all(after, maxCount)) as unknown as EventRow[],
        ),
      onDeliver: (event) => {
        const appendedAt = this.appendTimes.timeOf(event.position);
        if (appendedAt !== undefined) this.deliveryLag.observe(appendedAt);
      },
      onAppend: (listener) => {
        const filtered = (appended: ReadonlySet<string>) => {
          if (!categories || categories.some((category) => appended.has(category))) listener();
        };
        this.appended.on('appended', filtered);
        return () => this.appended.off('appended', filtered);
      },
    });
    return this.subscriptions.track(subscription);
  }

  /**
   * Tells `listener` the categories appended to by this store, once per synchronous run of appends:
   * how a writer process passes the news on to processes that read the same file.
   */
  onAppended(listener: (categories: ReadonlySet<string>) => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /** Wakes this store's subscriptions to those categories at once, for appends made by another process on the file. */
  noticeAppended(categories: Iterable<string>): void {
    for (const category of categories) this.announce(category);
  }

  /** Stops every subscription still running; the database itself belongs to whoever opened it. */
  async close(): Promise<void> {
    this.commits.flush();
    await this.subscriptions.stopAll();
    this.appended.removeAllListeners();
  }

  private announce(category: string): void {
    if (!this.appendedCategories) {
      this.appendedCategories = new Set();
      queueMicrotask(() => {
        const appended = this.appendedCategories!;
        this.appendedCategories = null;
        this.appended.emit('appended', appended);
      });
    }
    this.appendedCategories.add(category);
  }

  private categoryStatement(count: number): StatementSync {
    let statement = this.categoryStatements.get(count);
    if (!statement) {
      // One ordered index range per category, merged (`category IN (…)` sorted every row after the
      // position in a temporary B-tree before taking the first few).
      const arms = new Array<string>(count).fill(`SELECT ${COLUMNS} FROM events WHERE category = ? AND position > ?`).join(' UNION ALL ');
      statement = readOf(this.db, `${arms} ORDER BY position ASC LIMIT ?`);
      this.categoryStatements.set(count, statement);
    }
    return statement;
  }
}
