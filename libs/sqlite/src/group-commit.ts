import { transaction, type Sqlite } from './sqlite-database';

interface Queued {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: the writes asked for during one turn of the event loop share one transaction, run
 * on the next turn, and each caller hears back only once that transaction has committed (so what
 * is acknowledged is committed). Each write runs in its own savepoint: one that throws is rolled
 * back alone and rejects alone; if the commit itself fails, every write of the group rejects.
 * Under load this turns one commit (and its WAL pages) per write into one per turn.
 * One per connection (`groupCommitOf`), so event appends, inbox records and whatever else writes
 * in the same turn share the commit.
 */
export class GroupCommit {
  private queue: Queued[] = [];

  constructor(private readonly db: Sqlite) {}

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Commits whatever is queued now (also called on close, so nothing queued is left behind). */
  flush(): void {
    const group = this.queue;
    if (group.length === 0) return;
    this.queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      transaction(this.db, () => {
        for (const { work } of group) {
          this.db.exec('SAVEPOINT grouped_write');
          try {
            outcomes.push({ ok: true, value: work() });
            this.db.exec('RELEASE grouped_write');
          } catch (error) {
            this.db.exec('ROLLBACK TO grouped_write');
            this.db.exec('RELEASE grouped_write');
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    }
    group.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  }
}

const perConnection = new WeakMap<Sqlite, GroupCommit>();

/** The connection's one group commit. */
export function groupCommitOf(db: Sqlite): GroupCommit {
  let commits = perConnection.get(db);
  if (!commits) {
    commits = new GroupCommit(db);
    perConnection.set(db, commits);
  }
  return commits;
}
