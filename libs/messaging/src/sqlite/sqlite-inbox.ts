import { groupCommitOf, transaction, type GroupCommit, type Sqlite } from '@deskstream/sqlite';
import type { Inbox } from '../integration-bus.port';

/**
 * The embedded inbox: the ids of the messages each consumer has handled, in the shared SQLite file.
 *
 * `handleOnce` is "effect then record": the id is written after the effect succeeded, so a crash
 * between the two runs the effect again on redelivery. Effects must therefore be idempotent (a
 * command carrying the message id as causation) or transactional: an effect that is synchronous
 * work on this same database should use `handleOnceInTransaction`, which writes effect and record
 * in one transaction.
 */
export class SqliteInbox implements Inbox {
  private readonly statements;
  private readonly commits: GroupCommit;

  constructor(private readonly db: Sqlite) {
    this.commits = groupCommitOf(db);
    db.exec(`
      CREATE TABLE IF NOT EXISTS inbox (
        consumer TEXT NOT NULL, message_id TEXT NOT NULL, handled_at INTEGER NOT NULL,
        PRIMARY KEY (consumer, message_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS inbox_by_handled_at ON inbox (handled_at);
    `);
    this.statements = {
      handled: db.prepare('SELECT 1 AS found FROM inbox WHERE consumer = ? AND message_id = ?'),
      // OR IGNORE: a concurrent handler (another process) may have recorded it first; that is not an error.
      record: db.prepare('INSERT OR IGNORE INTO inbox (consumer, message_id, handled_at) VALUES (?, ?, ?)'),
      expire: db.prepare(
        `DELETE FROM inbox WHERE (consumer, message_id) IN (
           SELECT consumer, message_id FROM inbox WHERE handled_at < ? ORDER BY handled_at LIMIT ?)`,
      ),
    };
  }

  async handleOnce(consumer: string, messageId: string, effect: () => Promise<void>): Promise<boolean> {
    if (this.handled(consumer, messageId)) return false;
    await effect();
    // Recorded in the connection's group commit: the records of every consumer handling a message in
    // this turn (and the event appends) share one commit, rather than a commit each.
    await this.commits.run(() => this.statements.record.run(consumer, messageId, Date.now()));
    return true;
  }

  /** Check, effect and record in one SQLite transaction: all three happen, or none does. */
  handleOnceInTransaction(consumer: string, messageId: string, effect: () => void): boolean {
    return transaction(this.db, () => {
      if (this.handled(consumer, messageId)) return false;
      effect();
      this.statements.record.run(consumer, messageId, Date.now());
      return true;
    });
  }

  /**
   * Forgets the ids handled before `before` (ms since the epoch), at most `limit` of them; returns
   * how many. An id is needed only while its message can still be redelivered, which the bus does
   * only for messages past a group's committed offset: the retention covers that many times over.
   */
  expire(before: number, limit = 20_000): number {
    return Number(this.statements.expire.run(before, limit).changes);
  }

  private handled(consumer: string, messageId: string): boolean {
    return this.statements.handled.get(consumer, messageId) !== undefined;
  }
}
