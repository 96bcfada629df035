import { Schema, type Connection, type Model } from 'mongoose';
import { PollLoop, runClaimedBatches } from '../poll-loop';
import {
  errorMessage,
  reportToConsole,
  resolveSchedulerOptions,
  retryDelayMs,
  type ResolvedSchedulerOptions,
  type SchedulerAdapterOptions,
} from '../scheduler-defaults';
import type { Scheduler, Timer, TimerHandler } from '../scheduler.port';

interface TimerDocument {
  tenantId: string;
  timerId: string;
  kind: string;
  dueAt: Date;
  payload: unknown;
  attempts: number;
  lastError: string | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
}

const timerSchema = new Schema<TimerDocument>(
  {
    tenantId: { type: String, required: true },
    timerId: { type: String, required: true },
    kind: { type: String, required: true },
    dueAt: { type: Date, required: true },
    payload: { type: Schema.Types.Mixed },
    attempts: { type: Number, default: 0 },
    lastError: { type: String, default: null },
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
  },
  { collection: 'timers', versionKey: false, minimize: false },
);
timerSchema.index({ tenantId: 1, timerId: 1 }, { unique: true });
timerSchema.index({ dueAt: 1 });

const MODEL_NAME = 'DeskstreamTimer';
const DUPLICATE_KEY = 11000;

const toTimer = (doc: TimerDocument): Timer => ({
  id: doc.timerId,
  tenantId: doc.tenantId,
  kind: doc.kind,
  dueAt: doc.dueAt,
  payload: doc.payload ?? null,
});

/**
 * Durable timers in the `timers` collection, safe for several replicas: each due timer is claimed with
 * one findOneAndUpdate that only matches when its lease is absent or expired, so two replicas cannot
 * both win it; completion and release match on the exact lease taken, so a replica whose lease ran
 * out (or a timer moved meanwhile) cannot undo someone else's claim.
 */
export class MongoScheduler implements Scheduler {
  private readonly options: ResolvedSchedulerOptions;
  private readonly loop: PollLoop;
  private readonly timers: Model<TimerDocument>;

  constructor(connection: Connection, options: SchedulerAdapterOptions) {
    this.options = resolveSchedulerOptions(options);
    this.loop = new PollLoop(
      (now, handler) => this.runDue(now, handler),
      options.clock,
      this.options.pollIntervalMs,
      options.onError ?? reportToConsole,
    );
    this.timers =
      (connection.models[MODEL_NAME] as Model<TimerDocument> | undefined) ??
      connection.model<TimerDocument>(MODEL_NAME, timerSchema);
  }

  async schedule(timer: Timer): Promise<void> {
    const update = {
      $set: {
        kind: timer.kind,
        dueAt: timer.dueAt,
        payload: timer.payload ?? null,
        attempts: 0,
        lastError: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    };
    const filter = { tenantId: timer.tenantId, timerId: timer.id };
    try {
      await this.timers.updateOne(filter, update, { upsert: true });
    } catch (error) {
      // Two concurrent upserts of a new id race on the unique index; the loser updates the winner's row.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.timers.updateOne(filter, update);
    }
  }

  async cancel(tenantId: string, id: string): Promise<boolean> {
    const result = await this.timers.deleteOne({ tenantId, timerId: id });
    return result.deletedCount > 0;
  }

  async pending(tenantId: string): Promise<Timer[]> {
    const docs = await this.timers.find({ tenantId }).sort({ dueAt: 1, timerId: 1 }).lean<TimerDocument[]>();
    return docs.map(toTimer);
  }

  runDue(now: Date, handler: TimerHandler): Promise<number> {
    return runClaimedBatches(() => this.claimBatch(now), (doc) => this.runOne(doc, now, handler));
  }

  start(handler: TimerHandler): void {
    this.loop.start(handler);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async claimBatch(now: Date): Promise<TimerDocument[]> {
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    const claimed: TimerDocument[] = [];
    while (claimed.length < this.options.batchSize) {
      const doc = await this.timers
        .findOneAndUpdate(
          { dueAt: { $lte: now }, $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }] },
          { $set: { leaseOwner: this.options.owner, leaseUntil } },
          { sort: { dueAt: 1 }, returnDocument: 'after' },
        )
        .lean<TimerDocument | null>();
      if (!doc) break;
      claimed.push(doc);
    }
    return claimed;
  }

  private async runOne(doc: TimerDocument, now: Date, handler: TimerHandler): Promise<void> {
    const lease = {
      tenantId: doc.tenantId,
      timerId: doc.timerId,
      leaseOwner: this.options.owner,
      leaseUntil: doc.leaseUntil,
    };
    try {
      await handler(toTimer(doc));
    } catch (error) {
      const retryAt = new Date(now.getTime() + retryDelayMs(doc.attempts + 1));
      await this.timers.updateOne(lease, {
        $set: { leaseOwner: null, leaseUntil: retryAt, lastError: errorMessage(error) },
        $inc: { attempts: 1 },
      });
      return;
    }
    await this.timers.deleteOne(lease);
  }
}
