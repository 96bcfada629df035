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

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;

/**
 * The production inbox: one document per (consumer, message id), unique. Like the SQLite inbox it is
 * "effect then record" (MongoDB cannot enrol an arbitrary effect in the insert's transaction), so
 * effects must be idempotent or carry their own guard.
 */
export class MongoInbox implements Inbox {
  private readonly model: Model<InboxEntry>;
  private indexed?: Promise<unknown>;

  constructor(connection: Connection) {
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
    return true;
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
