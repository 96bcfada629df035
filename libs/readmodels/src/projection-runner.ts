import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import type { CheckpointStore, EventStore, RecordedEvent, Subscription } from '@deskstream/kernel';
import type { DocumentStore, Projection, StoredDocument } from './document-store.port';
import { ProjectionWriter } from './projection-writer';

export interface ProjectionRunnerDeps<T extends StoredDocument = StoredDocument> {
  readonly store: EventStore;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  readonly projection: Projection<T>;
  /** Delay before restarting after a failure, doubled on each consecutive one. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** Told about each failure before the restart; defaults to console.error. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Events handled between two batched writes (and checkpoint saves) while catching up: each commit
 * rewrites the index pages it touched, so a backlog (an import, a restart) is written in few of them.
 */
const FLUSH_EVERY = 10_000;
const tracer = trace.getTracer('deskstream');

export function checkpointName(projection: Pick<Projection, 'name'>): string {
  return `projection:${projection.name}`;
}

/**
 * Keeps one projection's documents up to date: subscribes to its categories after its checkpoint,
 * applies each handled event, and writes documents and checkpoint in batches (after a batch of
 * events, when the subscription goes idle, and on stop). Writes are guarded by event position, so
 * re-running events after a crash or a restart from an older checkpoint changes nothing. A failure
 * stops the subscription; it restarts from the checkpoint after a backoff.
 */
export class ProjectionRunner<T extends StoredDocument = StoredDocument> {
  private readonly name: string;
  private subscription: Subscription | null = null;
  private writer: ProjectionWriter<T> | null = null;
  private running = false;
  private applied = -1;
  /** The current subscription has delivered the backlog it started with. */
  private live = false;
  private handling = false;
  private saved = -1;
  private sinceFlush = 0;
  private flushing: Promise<void> | null = null;
  private flushScheduled = false;
  private failures = 0;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: ProjectionRunnerDeps<T>) {
    this.name = checkpointName(deps.projection);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const { projection, documents } = this.deps;
    try {
      await documents.ensureIndexes(
        projection.collection,
        (projection.indexes ?? []).map((fields) => [...fields]),
      );
      await this.subscribe();
    } catch (error) {
      this.running = false;
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    await this.subscription?.stop();
    this.subscription = null;
    await this.flush();
  }

  /** Global position of the last event this runner has handled (-1 before the first). */
  position(): number {
    return this.applied;
  }

  /**
   * Events of this projection's categories still to apply, given the log's head. The subscription only
   * delivers those categories, so once it is live and idle nothing is pending, however far other
   * categories moved the head (an append lands on the next poll). While catching up or busy, every event
   * after the last applied one may be ours: head - applied is then the bound reported.
   */
  lag(head: number): number {
    if (this.running && this.live && !this.handling) return 0;
    return Math.max(0, head - this.applied);
  }

  /**
   * Resolves once the subscription has delivered what was in the log when it (re)started and the
   * resulting documents are written. Waits through restarts; rejects if the runner is stopped.
   */
  async caughtUp(): Promise<void> {
    for (;;) {
      if (!this.running) throw new Error(`projection ${this.deps.projection.name} is not running`);
      const subscription = this.subscription;
      const done = subscription
        ? await subscription.caughtUp.then(
            () => true,
            () => false,
          )
        : false;
      if (done && this.subscription === subscription) break;
      if (!done) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.flush();
  }

  private async subscribe(): Promise<void> {
    const { store, checkpoints, documents, projection } = this.deps;
    const checkpoint = await checkpoints.load(this.name);
    if (!this.running) return;
    this.applied = this.saved = checkpoint ?? -1;
    this.sinceFlush = 0;
    this.live = false;
    this.writer = new ProjectionWriter(projection, documents.collection<T>(projection.collection), { fromFirstEvent: checkpoint === undefined });
    const subscription = store.subscribe((event) => this.handle(event), {
      after: checkpoint,
      categories: projection.categories,
      onError: (error) => this.fail(error),
    });
    this.subscription = subscription;
    subscription.caughtUp.then(
      () => {
        this.failures = 0;
        if (this.subscription === subscription) {
          this.live = true;
          this.scheduleFlush();
        }
      },
      () => undefined,
    );
  }

  private async handle(event: RecordedEvent): Promise<void> {
    this.handling = true;
    try {
      if (this.flushing) await this.flushing;
      const writer = this.writer;
      if (!writer) throw new Error(`projection ${this.deps.projection.name} is restarting`);
      if (writer.handles(event)) await this.applyTraced(writer, event);
      this.applied = event.position;
    } finally {
      this.handling = false;
    }
    this.sinceFlush += 1;
    if (this.sinceFlush >= FLUSH_EVERY) await this.flush();
    // While catching up, the subscription yields between batches: writing then would cut the backlog small.
    else if (this.live) this.scheduleFlush();
  }

  private async applyTraced(writer: ProjectionWriter<T>, event: RecordedEvent): Promise<void> {
    const traceparent = event.metadata.traceparent;
    const parent = traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : context.active();
    const span = tracer.startSpan(
      `project ${this.deps.projection.name}`,
      { attributes: { 'deskstream.event.type': event.type, 'deskstream.event.position': event.position, 'deskstream.tenant': event.metadata.tenantId } },
      parent,
    );
    try {
      await writer.apply(event);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  /** Once the subscription yields (idle, or waiting on I/O), what was applied gets written. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.running) this.flush().catch((error: unknown) => this.fail(error));
    });
  }

  /** Writes buffered documents, then the checkpoint: a crash in between only means replaying guarded writes. */
  private async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    const writer = this.writer;
    if (!writer) return;
    const upTo = this.applied;
    this.sinceFlush = 0;
    this.flushing = (async () => {
      await writer.flush();
      if (upTo > this.saved) {
        await this.deps.checkpoints.save(this.name, upTo);
        this.saved = upTo;
      }
    })().finally(() => (this.flushing = null));
    await this.flushing;
  }

  private fail(error: unknown): void {
    if (!this.running || this.restartTimer) return;
    (this.deps.onError ?? ((e) => console.error(`projection ${this.deps.projection.name} failed`, e)))(error);
    const { initialMs, maxMs } = this.deps.backoff ?? { initialMs: 200, maxMs: 30_000 };
    const delay = Math.min(maxMs, initialMs * 2 ** this.failures);
    this.failures += 1;
    // Unflushed writes are dropped with the writer: the restart replays them from the checkpoint.
    this.writer = null;
    this.live = false;
    const stopped = this.subscription?.stop().catch(() => undefined);
    this.subscription = null;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      void (async () => {
        await stopped;
        if (this.running) await this.subscribe();
      })().catch((restartError: unknown) => this.fail(restartError));
    }, delay);
  }
}
