import type { Sqlite } from '@deskstream/sqlite';

/** Rows deleted per statement, so one compaction never holds the file (and the event loop) for long. */
const CHUNK = 2_000;

export interface BusCompactionPolicy {
  /** Messages published before this (ms since the epoch) and delivered to every group may go. */
  readonly before: number;
  /**
   * Topics compacted by key (Kafka's `cleanup.policy=compact`): the latest message of each key is
   * kept whatever its age, because it carries the whole entity, and a group that starts from the
   * beginning (a new process's replica) must still find every entity.
   */
  readonly keyCompactedTopics: ReadonlySet<string>;
}

/**
 * Retention for the embedded bus log. A message is removed only once it is older than the retention
 * and every consumer group that reads its partition has committed past it, so no group misses a
 * message it has not handled; the last message of a partition always stays, because it is what the
 * partition's next offset is counted from. History is not lost: the event store keeps it.
 */
export class SqliteBusCompaction {
  private readonly statements;

  constructor(db: Sqlite) {
    this.statements = {
      partitions: db.prepare('SELECT topic, partitions FROM bus_topics'),
      // A partition no group has joined yet keeps everything (NULL): whoever subscribes first reads it all.
      delivered: db.prepare('SELECT MIN(next_offset) AS upTo FROM bus_offsets WHERE topic = ? AND partition_no = ?'),
      span: db.prepare('SELECT MIN(offset_no) AS first, MAX(offset_no) AS last FROM bus_messages WHERE topic = ? AND partition_no = ?'),
      expire: db.prepare('DELETE FROM bus_messages WHERE topic = ?1 AND partition_no = ?2 AND offset_no < ?3 AND published_at < ?4'),
      supersede: db.prepare(
        `DELETE FROM bus_messages AS m WHERE topic = ?1 AND partition_no = ?2 AND offset_no < ?3 AND published_at < ?4
         AND EXISTS (SELECT 1 FROM bus_messages l WHERE l.topic = ?1 AND l.partition_no = ?2 AND l.key = m.key AND l.offset_no > m.offset_no)`,
      ),
    };
  }

  /** Removes what the policy lets go, at most `budget` rows' worth of offsets per partition; returns how many rows went. */
  compact(policy: BusCompactionPolicy, budget = 10 * CHUNK): number {
    let removed = 0;
    for (const { topic, partitions } of this.statements.partitions.all() as { topic: string; partitions: number }[]) {
      const remove = policy.keyCompactedTopics.has(topic) ? this.statements.supersede : this.statements.expire;
      for (let partition = 0; partition < partitions; partition += 1) {
        const { upTo } = this.statements.delivered.get(topic, partition) as { upTo: number | null };
        const { first, last } = this.statements.span.get(topic, partition) as { first: number | null; last: number | null };
        if (upTo === null || first === null || last === null) continue;
        const end = Math.min(upTo, last, first + budget);
        for (let from = first; from < end; from += CHUNK) {
          removed += Number(remove.run(topic, partition, Math.min(from + CHUNK, end), policy.before).changes);
        }
      }
    }
    return removed;
  }
}
