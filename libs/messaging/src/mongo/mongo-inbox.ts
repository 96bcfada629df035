import { Schema, type Connection, type Model } from 'mongoose';
import type { Inbox } from '../integration-bus.port';

interface InboxEntry {
  consumer: string;
  messageId: string;
  handledAt: Date;
}

const inboxSchema = new Schema<InboxEntry>(
  {
    consumer: { type: String, required: true },
    messageId: { type: String, required: true },
    handledAt: { type: Date, required: true },
  },
  { collection: 'inbox', versionKey: false },
);
inboxSchema.index({ consumer: 1, messageId: 1 }, { unique: true });
inboxSchema.index({ handledAt: 1 });

const DUPLICATE_KEY = 11000;
const DAY_MS = 24 * 60 * 60 * 1000;

const COMPACT_EVERY_MS = 60 * 60 * 1000;

export interface MongoInboxOptions {
  /**
   * How long a handled message id is kept, so the inbox does not grow without bound: longer than a
   * redelivery can come late (the bus's retention). Default 30 days.
   */
  readonly retentionDays?: number;
}
const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;

/**
 * The production inbox: one document per (consumer, message id), unique. Like the SQLite inbox it is
 * "effect then record" (MongoDB cannot enrol an arbitrary effect in the insert's transaction), so
 * effects must be idempotent or carry their own guard.
 */
export class MongoInbox implements Inbox {
  private readonly model: Model<InboxEntry>;
  private readonly retentionMs: number;
  private indexed?: Promise<unknown>;
  private compactedAt = 0;

  constructor(connection: Connection, options: MongoInboxOptions = {}) {
    this.retentionMs = (options.retentionDays ?? 30) * DAY_MS;
    this.model = (connection.models.InboxEntry as Model<InboxEntry> | undefined) ?? connection.model<InboxEntry>('InboxEntry', inboxSchema);
  }

  async handleOnce(consumer: string, messageId: string, effect: () => Promise<void>): Promise<boolean> {
    await this.ensureIndexes();
    if (await this.model.exists({ consumer, messageId })) return false;
    await effect();
    try {
      await this.model.create({ consumer, messageId, handledAt: new Date() });
    } catch (error) {
      // Another replica handled the same message concurrently and recorded it first.
      if (!isDuplicateKey(error)) throw error;
    }
    this.compactNowAndThen();
    return true;
  }

  /** Forgets the ids handled before `before`; returns how many. */
  async compact(before: Date): Promise<number> {
    await this.ensureIndexes();
    return (await this.model.deleteMany({ handledAt: { $lt: before } })).deletedCount;
  }

  /**
   * Compaction rather than a TTL index: not every MongoDB-protocol server expires documents. At most
   * once an hour per process, in the background; a failed run is simply the next hour's work.
   */
  private compactNowAndThen(): void {
    const now = Date.now();
    if (now - this.compactedAt < COMPACT_EVERY_MS) return;
    this.compactedAt = now;
    void this.compact(new Date(now - this.retentionMs)).catch(() => undefined);
  }

  /** The unique index is what makes the record authoritative: wait for it before the first use. */
  private ensureIndexes(): Promise<unknown> {
    this.indexed ??= this.model.init().catch((error: unknown) => {
      this.indexed = undefined;
      throw error;
    });
    return this.indexed;
  }
}
