import { randomUUID } from 'node:crypto';
import type { DeliveryLag } from '@deskstream/kernel';
import type { Consumer, ConsumerOptions, MessageHandler } from '../integration-bus.port';
import { handleKeyedBatch } from '../keyed-batch';
import { consumeInSpan } from '../tracing';
import { keyOf, type SqliteBusLog, type TopicPartition } from './sqlite-bus-log';

export interface SqliteConsumerSettings {
  readonly partitions: number;
  readonly pollIntervalMs: number;
  /** A member (and its leases) that has not been heard from for this long is presumed dead. */
  readonly sessionTimeoutMs: number;
  /** Subscribes to in-process publishes (told the partitions written to); returns the unsubscribe function. */
  readonly onPublish: (listener: (written: readonly TopicPartition[]) => void) => () => void;
  /** Told when each message handed to the handler was published, as it is handed over and once it is handled. */
  readonly deliveryLag: DeliveryLag;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 5000;
const backoff = (attempt: number) => Math.min(MAX_BACKOFF_MS, 25 * 2 ** (attempt - 1));

/**
 * One member of a consumer group over the SQLite log. Every live member computes the same
 * assignment (partition i goes to member i mod n, members sorted by id) and works only the
 * partitions assigned to it and whose lease it holds; the lease keeps two members off one partition
 * while the assignment moves. Partitions are drained a batch at a time, in offset order per key (up to
 * the group's `concurrency` keys at once), and the offset is committed only after the handlers
 * succeeded (once per batch read). A failed message is retried after a backoff; its partition waits
 * meanwhile, the other partitions go on.
 *
 * A publish in this process wakes the member for the partitions it wrote to only, and the member
 * keeps the offsets it committed under a lease it still holds, so an idle partition costs no query.
 * Every poll interval it reads every assigned partition: that is how another process's publishes
 * (and a changed assignment) are noticed.
 */
export class SqliteBusConsumer implements Consumer {
  private readonly memberId = randomUUID();
  private readonly groupId: string;
  private readonly concurrency: number;
  private readonly partitionsByTopic: ReadonlyMap<string, number>;
  private readonly leases = new Map<string, number>();
  private readonly retries = new Map<string, { attempt: number; at: number }>();
  /** Next offset of the partitions whose lease this member has held since it last committed. */
  private readonly offsets = new Map<string, number>();
  /** Partitions published to in this process since they were last read. */
  private pending = new Set<string>();
  private scanAll = true;
  private readonly unsubscribe: () => void;
  private readonly loop: Promise<void>;
  private memberUntil = 0;
  private stopped = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly log: SqliteBusLog,
    options: ConsumerOptions,
    private readonly handler: MessageHandler,
    private readonly settings: SqliteConsumerSettings,
  ) {
    this.groupId = options.groupId;
    this.concurrency = options.concurrency ?? 1;
    this.partitionsByTopic = new Map([...new Set(options.topics)].sort().map((t) => [t, log.ensureTopic(t, settings.partitions)]));
    for (const tp of this.allPartitions()) {
      if (options.fromBeginning === false) log.startAtHead(this.groupId, tp);
      else log.joinAtStart(this.groupId, tp);
    }
    this.heartbeat(Date.now());
    this.unsubscribe = settings.onPublish((written) => {
      const before = this.pending.size;
      for (const tp of written) if (this.partitionsByTopic.has(tp.topic)) this.pending.add(keyOf(tp));
      if (this.pending.size > before) this.wake?.();
    });
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.unsubscribe();
      this.wake?.();
    }
    await this.loop;
    // Leaving at once (rather than letting the lease expire) hands the partitions over immediately.
    this.log.leave(this.groupId, this.memberId);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const scan = this.scanAll;
      // Taken whole: a partition published to but assigned to another member is that member's to read.
      const published = this.pending;
      this.scanAll = false;
      this.pending = new Set();
      let progressed = false;
      try {
        for (const tp of this.assigned()) {
          if (this.stopped) break;
          const key = keyOf(tp);
          if (!scan && !published.has(key) && !this.due(key)) continue;
          progressed = (await this.drain(tp)) || progressed;
        }
      } catch {
        // A storage error (e.g. the file is busy for longer than busy_timeout): the next full scan, after the
        // poll interval, reads every partition again.
        progressed = false;
      }
      if (!progressed) await this.idle();
    }
  }

  private allPartitions(): TopicPartition[] {
    return [...this.partitionsByTopic].flatMap(([topic, count]) => Array.from({ length: count }, (_, partition) => ({ topic, partition })));
  }

  private heartbeat(now: number): void {
    if (now < this.memberUntil - this.settings.sessionTimeoutMs / 2) return;
    this.memberUntil = now + this.settings.sessionTimeoutMs;
    this.log.heartbeat(this.groupId, this.memberId, this.memberUntil, now);
  }

  private assigned(): TopicPartition[] {
    const now = Date.now();
    this.heartbeat(now);
    const members = this.log.members(this.groupId, now);
    const mine: TopicPartition[] = [];
    this.allPartitions().forEach((tp, i) => {
      if (members[i % members.length] === this.memberId) mine.push(tp);
      else this.letGo(tp);
    });
    return mine;
  }

  /** Worth a read without a publish: a retry whose time has come, or a partition newly assigned. */
  private due(key: string): boolean {
    const retry = this.retries.get(key);
    return retry ? retry.at <= Date.now() : !this.leases.has(key);
  }

  private letGo(tp: TopicPartition): void {
    const key = keyOf(tp);
    this.retries.delete(key);
    this.offsets.delete(key);
    if (this.leases.delete(key)) this.log.release(this.groupId, tp, this.memberId);
  }

  private holdsLease(tp: TopicPartition): boolean {
    const now = Date.now();
    const key = keyOf(tp);
    const until = this.leases.get(key);
    if (until !== undefined && until - now > this.settings.sessionTimeoutMs / 2) return true;
    // Once the lease may have lapsed, another member may have moved the offset meanwhile.
    if (until === undefined || until <= now) this.offsets.delete(key);
    const expiresAt = now + this.settings.sessionTimeoutMs;
    if (this.log.acquire(this.groupId, tp, this.memberId, expiresAt, now)) {
      this.leases.set(key, expiresAt);
      return true;
    }
    this.leases.delete(key);
    this.offsets.delete(key);
    return false;
  }

  /** Delivers what is pending on one partition; true when at least one message was committed. */
  private async drain(tp: TopicPartition): Promise<boolean> {
    const key = keyOf(tp);
    const retry = this.retries.get(key);
    if ((retry && retry.at > Date.now()) || !this.holdsLease(tp)) return false;
    const batch = this.log.read(tp, this.offsets.get(key) ?? this.log.committed(this.groupId, tp) ?? 0, BATCH);
    const { handledUpTo, failed } = await handleKeyedBatch(
      batch,
      this.concurrency,
      async (message) => {
        this.settings.deliveryLag.observe(message.publishedAt);
        await consumeInSpan(message, () => this.handler(message));
        this.settings.deliveryLag.observe(message.publishedAt);
      },
      () => this.stopped || !this.holdsLease(tp),
    );
    if (failed) {
      // Progress before the failure starts the backoff over.
      const attempt = handledUpTo === undefined ? (this.retries.get(key)?.attempt ?? 0) + 1 : 1;
      this.retries.set(key, { attempt, at: Date.now() + backoff(attempt) });
    } else if (handledUpTo !== undefined) this.retries.delete(key);
    if (handledUpTo === undefined) return false;
    // One offset write for what the batch handled (at-least-once: a crash before it redelivers the batch).
    if (!this.log.commit(this.groupId, tp, handledUpTo, this.memberId)) {
      this.leases.delete(key);
      this.offsets.delete(key);
      return false;
    }
    this.offsets.set(key, handledUpTo);
    // A full batch may have more behind it.
    if (batch.length === BATCH) this.pending.add(key);
    return true;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.pending.size > 0 || this.scanAll || this.stopped) return resolve();
      const now = Date.now();
      const nextRetry = Math.min(...[...this.retries.values()].map((r) => r.at).filter((at) => at > now));
      const delay = Math.min(this.settings.pollIntervalMs, nextRetry - now);
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(() => {
        this.scanAll = true;
        done();
      }, delay);
      this.wake = done;
    });
  }
}
