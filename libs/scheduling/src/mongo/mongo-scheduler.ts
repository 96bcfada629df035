import { Schema, type Connection, type Model } from 'mongoose';
import type { Clock } from '@deskstream/kernel';
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
  /** When the timer may next be claimed: its due time, the end of its lease, or its retry time. */
  availableAt: Date;
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
    availableAt: { type: Date, required: true },
  },
  { collection: 'timers', versionKey: false, minimize: false },
);
timerSchema.index({ tenantId: 1, timerId: 1 }, { unique: true });
// The claim query reads only what is claimable now, never the failed timers waiting for their retry.
timerSchema.index({ availableAt: 1 });
timerSchema.index({ tenantId: 1, dueAt: 1 });

const MODEL_NAME = 'DeskstreamTimer';
const DUPLICATE_KEY = 11000;

const toTimer = (doc: TimerDocument): Timer => ({
  id: doc.timerId,
  tenantId: doc.tenantId,
  kind: doc.kind,
  dueAt: doc.dueAt,
  payload: doc.payload ?? null,
});

export interface MongoSchedulerOptions extends SchedulerAdapterOptions {
  /** How often a running handler's lease is extended by another `leaseMs`. Default a third of `leaseMs`. */
  readonly leaseRenewEveryMs?: number;
}

/**
 * Durable timers in the `timers` collection, safe for several replicas: each due timer is claimed with
 * one findOneAndUpdate that only matches when its lease is absent or expired, so two replicas cannot
 * both win it; completion and release match on the exact lease taken, so a replica whose lease ran
 * out (or a timer moved meanwhile) cannot undo someone else's claim. A handler that runs long keeps
 * its lease renewed, so no other replica starts the same timer meanwhile. Every call waits for the
 * collection's indexes: without the unique one, two replicas' first upserts could store a timer twice.
 */
export class MongoScheduler implements Scheduler {
  private readonly options: ResolvedSchedulerOptions;
  private readonly loop: PollLoop;
  private readonly timers: Model<TimerDocument>;
  private readonly renewEveryMs: number;
  private indexed?: Promise<unknown>;

  private readonly clock: Clock;

  constructor(connection: Connection, options: MongoSchedulerOptions) {
    this.clock = options.clock;
    this.options = resolveSchedulerOptions(options);
    this.renewEveryMs = options.leaseRenewEveryMs ?? Math.max(1, Math.floor(this.options.leaseMs / 3));
    this.loop = new PollLoop(
      (now, handler, stopping) => this.runDueUntil(now, handler, stopping),
      options.clock,
      this.options.pollIntervalMs,
      options.onError ?? reportToConsole,
    );
    this.timers = (connection.models[MODEL_NAME] as Model<TimerDocument> | undefined) ?? connection.model<TimerDocument>(MODEL_NAME, timerSchema);
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
        availableAt: timer.dueAt,
      },
    };
    const filter = { tenantId: timer.tenantId, timerId: timer.id };
    await this.ready();
    try {
      await this.timers.updateOne(filter, update, { upsert: true });
    } catch (error) {
      // Two concurrent upserts of a new id race on the unique index; the loser updates the winner's row.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.timers.updateOne(filter, update);
    }
  }

  async cancel(tenantId: string, id: string): Promise<boolean> {
    await this.ready();
    const result = await this.timers.deleteOne({ tenantId, timerId: id });
    return result.deletedCount > 0;
  }

  async pending(tenantId: string): Promise<Timer[]> {
    await this.ready();
    const docs = await this.timers.find({ tenantId }).sort({ dueAt: 1, timerId: 1 }).lean<TimerDocument[]>();
    return docs.map(toTimer);
  }

  runDue(now: Date, handler: TimerHandler): Promise<number> {
    return this.runDueUntil(now, handler, () => false);
  }

  private runDueUntil(now: Date, handler: TimerHandler, stopping: () => boolean): Promise<number> {
    return runClaimedBatches(
      () => this.claimBatch(now),
      (doc) => this.runOne(doc, now, handler),
      stopping,
    );
  }

  start(handler: TimerHandler): void {
    this.loop.start(handler);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Model.init builds the schema's indexes once; awaited so none is missing on a fresh database. */
  private ready(): Promise<unknown> {
    this.indexed ??= this.timers.init().catch((error: unknown) => {
      this.indexed = undefined;
      throw error;
    });
    return this.indexed;
  }

  private async claimBatch(now: Date): Promise<TimerDocument[]> {
    await this.ready();
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    const claimed: TimerDocument[] = [];
    while (claimed.length < this.options.batchSize) {
      const doc = await this.timers
        .findOneAndUpdate(
          { availableAt: { $lte: now } },
          { $set: { leaseOwner: this.options.owner, leaseUntil, availableAt: leaseUntil } },
          { sort: { availableAt: 1 }, returnDocument: 'after' },
        )
        .lean<TimerDocument | null>();
      if (!doc) break;
      claimed.push(doc);
    }
    return claimed;
  }

  private async runOne(doc: TimerDocument, now: Date, handler: TimerHandler): Promise<void> {
    // Matched on the exact lease taken (and renewed): a replica that lost it cannot undo the new claim.
    const lease = { tenantId: doc.tenantId, timerId: doc.timerId, leaseOwner: this.options.owner, leaseUntil: doc.leaseUntil };
    let renewing: Promise<void> = Promise.resolve();
    const renewal = setInterval(() => {
      renewing = renewing.then(() => this.renew(lease)).catch(() => undefined);
    }, this.renewEveryMs);
    let failure: { error: unknown } | undefined;
    try {
      await handler(toTimer(doc));
    } catch (error) {
      failure = { error };
    } finally {
      clearInterval(renewal);
    }
    await renewing;
    if (!failure) {
      await this.timers.deleteOne(lease);
      return;
    }
    const retryAt = new Date(now.getTime() + retryDelayMs(doc.attempts + 1));
    await this.timers.updateOne(lease, {
      $set: { leaseOwner: null, leaseUntil: retryAt, availableAt: retryAt, lastError: errorMessage(failure.error) },
      $inc: { attempts: 1 },
    });
  }

  /** Extends a running handler's lease from now; a lease already lost stays lost. */
  private async renew(lease: { leaseUntil: Date | null }): Promise<void> {
    const until = new Date(this.clock.now().getTime() + this.options.leaseMs);
    const result = await this.timers.updateOne(lease, { $set: { leaseUntil: until, availableAt: until } });
    if (result.matchedCount > 0) lease.leaseUntil = until;
  }
}
