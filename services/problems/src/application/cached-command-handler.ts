import { ConcurrencyConflict, eventMetadata, type CommandContext, type Decider, type EventStore, type IdGenerator, type Message } from '@deskstream/kernel';

const MAX_RETRIES = 10;
const MAX_CACHED_STREAMS = 10_000;

/**
 * The kernel's read-fold-decide-append for long-lived workflow streams (one per cluster: every
 * incident on a busy service lands in the same one). The folded state and its revision stay in memory,
 * so each command reads only the events appended since (by this process or another) instead of the
 * whole stream; a conflict means another writer moved on, and the retry reads just what it added.
 */
export class CachedCommandHandler<Command extends Message, Event extends Message, State> {
  private readonly cache = new Map<string, { state: State; revision: number }>();

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

  async handle(streamId: string, command: Command, context: CommandContext, occurredAt: string): Promise<{ state: State; newEvents: Event[] }> {
    for (let attempt = 0; ; attempt += 1) {
      const { state, revision } = await this.load(streamId);
      const newEvents = this.decider.decide(command, state);
      if (newEvents.length === 0) return { state, newEvents };
      try {
        const result = await this.store.appendToStream(
          streamId,
          newEvents.map((event) => ({ eventId: this.ids.next(), type: event.type, data: event.data, metadata: eventMetadata(context, occurredAt) })),
          { expectedRevision: revision < 0 ? 'no_stream' : revision },
        );
        const next = newEvents.reduce(this.decider.evolve, state);
        this.remember(streamId, next, result.nextExpectedRevision);
        return { state: next, newEvents };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_RETRIES) throw error;
      }
    }
  }

  private remember(streamId: string, state: State, revision: number): void {
    // Bounded: a process that has seen very many clusters starts afresh (each reloads once from its stream).
    if (this.cache.size >= MAX_CACHED_STREAMS && !this.cache.has(streamId)) this.cache.clear();
    this.cache.set(streamId, { state, revision });
  }
}
