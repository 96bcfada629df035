import {
  ConcurrencyConflict,
  eventMetadata,
  type CommandContext,
  type Decider,
  type EventStore,
  type EventToAppend,
  type IdGenerator,
  type Message,
} from '@deskstream/kernel';

const MAX_RETRIES = 10;
const MAX_CACHED_STREAMS = 10_000;

interface Pending<Command, Event, State> {
  readonly command: Command;
  readonly context: CommandContext;
  readonly occurredAt: string;
  readonly resolve: (outcome: { state: State; newEvents: Event[] }) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The kernel's read-fold-decide-append for long-lived, busy workflow streams (one per cluster: every
 * incident on a busy service lands in the same one). Two things differ:
 * - the folded state and its revision stay in memory, so a command reads only the events appended
 *   since (by this process or another) instead of the whole stream;
 * - commands for one stream that arrive while its append is in flight are decided one after the
 *   other on the evolving state and appended together (all or none), each caller answered once that
 *   append has committed. Concurrent consumers of one busy stream then share commits instead of
 *   conflicting; a command the decider refuses is refused alone.
 * A conflict means another process moved the stream on: the batch is decided again on what it added.
 */
export class CachedCommandHandler<Command extends Message, Event extends Message, State> {
  private readonly cache = new Map<string, { state: State; revision: number }>();
  private readonly queues = new Map<string, Pending<Command, Event, State>[]>();

  constructor(
    private readonly decider: Decider<Command, Event, State>,
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async load(streamId: string): Promise<{ state: State; revision: number }> {
    const cached = this.cache.get(streamId);
    const events = await this.store.readStream(streamId, cached ? { fromRevision: cached.revision + 1 } : {});
    let state = cached?.state ?? this.decider.initialState();
    for (const event of events) state = this.decider.evolve(state, event as unknown as Event);
    const revision = events.at(-1)?.revision ?? cached?.revision ?? -1;
    this.remember(streamId, state, revision);
    return { state, revision };
  }

  handle(streamId: string, command: Command, context: CommandContext, occurredAt: string): Promise<{ state: State; newEvents: Event[] }> {
    return new Promise((resolve, reject) => {
      const pending = { command, context, occurredAt, resolve, reject };
      const queued = this.queues.get(streamId);
      if (queued) return void queued.push(pending);
      this.queues.set(streamId, []);
      void this.drain(streamId, [pending]);
    });
  }

  /** Appends the first batch at once, then whatever queued up meanwhile, until nothing is left. */
  private async drain(streamId: string, first: Pending<Command, Event, State>[]): Promise<void> {
    for (let batch = first; batch.length > 0; batch = this.queues.get(streamId) ?? []) {
      this.queues.set(streamId, []);
      try {
        await this.appendBatch(streamId, batch);
      } catch (error) {
        batch.forEach((pending) => pending.reject(error));
      }
    }
    this.queues.delete(streamId);
  }

  private async appendBatch(streamId: string, batch: readonly Pending<Command, Event, State>[]): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const { state: start, revision } = await this.load(streamId);
      let state = start;
      const toAppend: EventToAppend[] = [];
      const outcomes = batch.map((pending) => {
        try {
          const newEvents = this.decider.decide(pending.command, state);
          state = newEvents.reduce(this.decider.evolve, state);
          const metadata = eventMetadata(pending.context, pending.occurredAt);
          toAppend.push(...newEvents.map((event) => ({ eventId: this.ids.next(), type: event.type, data: event.data, metadata })));
          return { ok: true as const, state, newEvents };
        } catch (error) {
          return { ok: false as const, error };
        }
      });
      try {
        if (toAppend.length > 0) {
          const result = await this.store.appendToStream(streamId, toAppend, { expectedRevision: revision < 0 ? 'no_stream' : revision });
          this.remember(streamId, state, result.nextExpectedRevision);
        }
      } catch (error) {
        if (error instanceof ConcurrencyConflict && attempt < MAX_RETRIES) continue;
        throw error;
      }
      batch.forEach((pending, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) pending.resolve({ state: outcome.state, newEvents: outcome.newEvents });
        else pending.reject(outcome.error);
      });
      return;
    }
  }

  private remember(streamId: string, state: State, revision: number): void {
    // Bounded: a process that has seen very many clusters starts afresh (each reloads once from its stream).
    if (this.cache.size >= MAX_CACHED_STREAMS && !this.cache.has(streamId)) this.cache.clear();
    this.cache.set(streamId, { state, revision });
  }
}
