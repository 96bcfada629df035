import { createHash } from 'node:crypto';
import { transaction, type Sqlite } from '@deskstream/sqlite';
import type { DeliveredMessage, OutgoingMessage } from '../integration-bus.port';
import { outgoingHeaders } from '../message-headers';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

interface MessageRow {
  topic: string;
  partition_no: number;
  offset_no: number;
  key: string;
  event: string;
  headers: string;
  published_at: number;
}

/** A message as the log keeps it: with the time (ms since the epoch) it was published. */
export interface LoggedMessage extends DeliveredMessage {
  readonly publishedAt: number;
}

/** One string per topic-partition, for maps and sets. */
export const keyOf = (tp: TopicPartition): string => `${tp.topic}\u0000${tp.partition}`;

/** Stable across processes and restarts (unlike a JS string hash), so a key always lands in one partition. */
export function partitionOf(key: string, partitions: number): number {
  return createHash('md5').update(key).digest().readUInt32BE(0) % partitions;
}

/**
 * The tables of the embedded bus, in the SQLite file shared with the other adapters (hence `bus_`).
 * A topic's partition count is fixed when it is first used, so every process hashes keys alike.
 * Offsets are dense per topic-partition; a group's offset is the next one to deliver (as in Kafka).
 * Leases make one member of a group the only one working a partition; they expire, so a crashed
 * process's partitions are taken over.
 */
export class SqliteBusLog {
  private readonly statements;
  private readonly partitionCounts = new Map<string, number>();

  constructor(private readonly db: Sqlite) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS bus_topics (topic TEXT PRIMARY KEY, partitions INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS bus_messages (
        topic TEXT NOT NULL, partition_no INTEGER NOT NULL, offset_no INTEGER NOT NULL,
        key TEXT NOT NULL, event TEXT NOT NULL, headers TEXT NOT NULL, published_at INTEGER NOT NULL,
        PRIMARY KEY (topic, partition_no, offset_no)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS bus_offsets (
        group_id TEXT NOT NULL, topic TEXT NOT NULL, partition_no INTEGER NOT NULL, next_offset INTEGER NOT NULL,
        PRIMARY KEY (group_id, topic, partition_no)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS bus_leases (
        group_id TEXT NOT NULL, topic TEXT NOT NULL, partition_no INTEGER NOT NULL, owner TEXT NOT NULL,
        expires_at INTEGER NOT NULL, PRIMARY KEY (group_id, topic, partition_no)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS bus_members (
        group_id TEXT NOT NULL, member_id TEXT NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (group_id, member_id)
      ) WITHOUT ROWID;
    `);
    this.statements = {
      ensureTopic: db.prepare('INSERT OR IGNORE INTO bus_topics (topic, partitions) VALUES (?, ?)'),
      partitions: db.prepare('SELECT partitions FROM bus_topics WHERE topic = ?'),
      head: db.prepare('SELECT COALESCE(MAX(offset_no) + 1, 0) AS head FROM bus_messages WHERE topic = ? AND partition_no = ?'),
      // A partition the group has no offset for yet counts from its first message (the group starts there).
      // The partitions come from bus_topics (not DISTINCT over the messages, a scan of the whole topic), so
      // each one costs two look-ups in the primary key however long the topic is.
      lag: db.prepare(`
        WITH RECURSIVE p (topic, partition_no, partitions) AS (
          SELECT topic, 0, partitions FROM bus_topics WHERE topic = ? AND partitions > 0
          UNION ALL SELECT topic, partition_no + 1, partitions FROM p WHERE partition_no + 1 < partitions)
        SELECT p.partition_no AS partition,
          COALESCE((SELECT MAX(m.offset_no) + 1 FROM bus_messages m WHERE m.topic = p.topic AND m.partition_no = p.partition_no), 0)
          - COALESCE((SELECT o.next_offset FROM bus_offsets o WHERE o.group_id = ? AND o.topic = p.topic AND o.partition_no = p.partition_no),
                     (SELECT MIN(m.offset_no) FROM bus_messages m WHERE m.topic = p.topic AND m.partition_no = p.partition_no), 0) AS lag
        FROM p`),
      insert: db.prepare('INSERT INTO bus_messages (topic, partition_no, offset_no, key, event, headers, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      read: db.prepare(
        `SELECT topic, partition_no, offset_no, key, event, headers, published_at FROM bus_messages
         WHERE topic = ? AND partition_no = ? AND offset_no >= ? ORDER BY offset_no LIMIT ?`,
      ),
      committed: db.prepare('SELECT next_offset FROM bus_offsets WHERE group_id = ? AND topic = ? AND partition_no = ?'),
      startAt: db.prepare('INSERT OR IGNORE INTO bus_offsets (group_id, topic, partition_no, next_offset) VALUES (?, ?, ?, ?)'),
      // Only the lease holder may move the offset: a member that lost its lease must not overwrite the new holder's progress.
      commit: db.prepare(
        `INSERT INTO bus_offsets (group_id, topic, partition_no, next_offset)
         SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (
           SELECT 1 FROM bus_leases WHERE group_id = ?1 AND topic = ?2 AND partition_no = ?3 AND owner = ?5)
         ON CONFLICT (group_id, topic, partition_no) DO UPDATE SET next_offset = excluded.next_offset`,
      ),
      acquire: db.prepare(
        `INSERT INTO bus_leases (group_id, topic, partition_no, owner, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (group_id, topic, partition_no) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE bus_leases.owner = excluded.owner OR bus_leases.expires_at < ?`,
      ),
      release: db.prepare('DELETE FROM bus_leases WHERE group_id = ? AND topic = ? AND partition_no = ? AND owner = ?'),
      releaseAll: db.prepare('DELETE FROM bus_leases WHERE group_id = ? AND owner = ?'),
      heartbeat: db.prepare(
        `INSERT INTO bus_members (group_id, member_id, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (group_id, member_id) DO UPDATE SET expires_at = excluded.expires_at`,
      ),
      forgetExpired: db.prepare('DELETE FROM bus_members WHERE group_id = ? AND expires_at < ?'),
      members: db.prepare('SELECT member_id FROM bus_members WHERE group_id = ? AND expires_at >= ? ORDER BY member_id'),
      leave: db.prepare('DELETE FROM bus_members WHERE group_id = ? AND member_id = ?'),
    };
  }

  /** The topic's partition count, fixing it at `partitions` if the topic is new. */
  ensureTopic(topic: string, partitions: number): number {
    const known = this.partitionCounts.get(topic);
    if (known !== undefined) return known;
    this.statements.ensureTopic.run(topic, partitions);
    const { partitions: count } = this.statements.partitions.get(topic) as { partitions: number };
    // A committed count never changes, so it is remembered; one written by a transaction still open could roll back.
    if (!this.db.isTransaction) this.partitionCounts.set(topic, count);
    return count;
  }

  /** One transaction: every message of the batch is appended, or none is. Returns the partitions written to. */
  append(messages: readonly OutgoingMessage[], defaultPartitions: number): TopicPartition[] {
    const now = Date.now();
    const written = new Map<string, TopicPartition>();
    transaction(this.db, () => {
      for (const message of messages) {
        const headers = outgoingHeaders(message);
        const partition = partitionOf(message.key, this.ensureTopic(message.topic, defaultPartitions));
        const { head } = this.statements.head.get(message.topic, partition) as { head: number };
        this.statements.insert.run(message.topic, partition, head, message.key, JSON.stringify(message.event), JSON.stringify(headers), now);
        const tp = { topic: message.topic, partition };
        written.set(keyOf(tp), tp);
      }
    });
    for (const tp of written.values()) this.ensureTopic(tp.topic, defaultPartitions);
    return [...written.values()];
  }

  read(tp: TopicPartition, fromOffset: number, maxCount: number): LoggedMessage[] {
    const rows = this.statements.read.all(tp.topic, tp.partition, fromOffset, maxCount) as unknown as MessageRow[];
    return rows.map((row) => ({
      topic: row.topic,
      partition: row.partition_no,
      offset: row.offset_no,
      key: row.key,
      event: JSON.parse(row.event),
      headers: JSON.parse(row.headers),
      publishedAt: row.published_at,
    }));
  }

  /** Messages of the topic the group has not committed past, over all its partitions. */
  lag(groupId: string, topic: string): number {
    const rows = this.statements.lag.all(topic, groupId) as { lag: number }[];
    // Compaction can remove a partition's messages up to and past a group's offset: that is no lag.
    return rows.reduce((sum, row) => sum + Math.max(0, row.lag), 0);
  }

  committed(groupId: string, tp: TopicPartition): number | undefined {
    const row = this.statements.committed.get(groupId, tp.topic, tp.partition) as { next_offset: number } | undefined;
    return row?.next_offset;
  }

  /** For a group that starts at the end: its offset becomes the current head, unless it already has one. */
  startAtHead(groupId: string, tp: TopicPartition): void {
    transaction(this.db, () => {
      const { head } = this.statements.head.get(tp.topic, tp.partition) as { head: number };
      this.statements.startAt.run(groupId, tp.topic, tp.partition, head);
    });
  }

  /**
   * For a group that starts at the beginning: it holds an offset from its first subscription on, so
   * retention keeps what the group has not committed past yet, even before its first commit.
   */
  joinAtStart(groupId: string, tp: TopicPartition): void {
    this.statements.startAt.run(groupId, tp.topic, tp.partition, 0);
  }

  /** False when `owner` no longer holds the partition's lease (nothing is written then). */
  commit(groupId: string, tp: TopicPartition, nextOffset: number, owner: string): boolean {
    return Number(this.statements.commit.run(groupId, tp.topic, tp.partition, nextOffset, owner).changes) > 0;
  }

  acquire(groupId: string, tp: TopicPartition, owner: string, expiresAt: number, now: number): boolean {
    return Number(this.statements.acquire.run(groupId, tp.topic, tp.partition, owner, expiresAt, now).changes) > 0;
  }

  release(groupId: string, tp: TopicPartition, owner: string): void {
    this.statements.release.run(groupId, tp.topic, tp.partition, owner);
  }

  /** Registers (or keeps alive) a group member, and forgets members that stopped heartbeating. */
  heartbeat(groupId: string, memberId: string, expiresAt: number, now: number): void {
    transaction(this.db, () => {
      this.statements.heartbeat.run(groupId, memberId, expiresAt);
      this.statements.forgetExpired.run(groupId, now);
    });
  }

  /** The group's live members, sorted: every member computes the same assignment from this list. */
  members(groupId: string, now: number): string[] {
    return (this.statements.members.all(groupId, now) as { member_id: string }[]).map((row) => row.member_id);
  }

  leave(groupId: string, memberId: string): void {
    transaction(this.db, () => {
      this.statements.releaseAll.run(groupId, memberId);
      this.statements.leave.run(groupId, memberId);
    });
  }
}
