import type { Decider, Message } from './decider';
import { ConcurrencyConflict, PreconditionFailed } from './errors';
import type { EventStore, ExpectedRevision, RecordedEvent } from './event-store.port';
import type { Clock, IdGenerator } from './clock';
import { eventMetadata, type CommandContext } from './metadata';
import { Upcasters } from './upcasting';

export interface CommandHandlerDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly upcasters?: Upcasters;
  /** Retries on a concurrency conflict when the caller did not pin a revision. */
  readonly maxRetries?: number;
}

export interface HandleOptions {
  /** The revision the client saw (If-Match). When set, a conflict is the client's to resolve: no retry. */
  readonly expectedRevision?: number;
  readonly schemaVersion?: number;
  /**
   * When each new event happened, for history brought in from elsewhere (an import replays a ticket's
   * updates at their original times); by default every event of the handling happens now.
   */
  readonly occurredAt?: (event: Message) => string;
}

/**
 * What one handling decides: a command, several commands decided one after another on the evolving
 * state and appended together (all or none), or a workflow's choice of commands made on the state
 * just read (so that a retry after a conflict decides again on fresh state).
 */
export type Commands<Command, State> = Command | readonly Command[] | ((state: State) => readonly Command[]);

export interface CommandResult<Event extends Message, State> {
  readonly state: State;
  readonly newEvents: readonly Event[];
  /** Revision of the stream after the command; -1 when the stream is still empty. */
  readonly revision: number;
  readonly position: number | null;
}

/**
 * Reads the stream, folds it, decides and appends with the revision it read. A command that does not
 * depend on what the client saw is retried on conflict; a pinned one fails with PreconditionFailed, whether
 * the stream had moved on before the read or another writer won the race to append.
 */
export function commandHandler<Command extends Message, Event extends Message, State>(decider: Decider<Command, Event, State>, deps: CommandHandlerDeps) {
  const upcasters = deps.upcasters ?? new Upcasters();
  // Enough for a burst of writers on one stream (each retry lets at least one of them through).
  const maxRetries = deps.maxRetries ?? 25;

  async function load(streamId: string): Promise<{ state: State; revision: number }> {
    const events = await deps.store.readStream(streamId);
    let state = decider.initialState();
    for (const recorded of events) state = decider.evolve(state, upcasters.apply(recorded) as unknown as Event);
    return { state, revision: events.length - 1 };
  }

  async function attempt(
    streamId: string,
    commands: Commands<Command, State>,
    context: CommandContext,
    options: HandleOptions,
    known?: Loaded<State>,
  ): Promise<CommandResult<Event, State>> {
    const { state, revision } = known ?? (await load(streamId));
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new PreconditionFailed(String(options.expectedRevision), String(revision));
    }
    const newEvents = decideAll(commandsFor(commands, state), state);
    if (newEvents.length === 0) return { state, newEvents, revision, position: null };
    const occurredAt = deps.clock.now().toISOString();
    const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
    const result = await deps.store.appendToStream(
      streamId,
      newEvents.map((event) => ({
        eventId: deps.ids.next(),
        type: event.type,
        data: event.data,
        metadata: eventMetadata(context, options.occurredAt?.(event) ?? occurredAt, options.schemaVersion),
      })),
      { expectedRevision: expected },
    );
    const finalState = newEvents.reduce(decider.evolve, state);
    return { state: finalState, newEvents, revision: result.nextExpectedRevision, position: result.position };
  }

  /** Each command is decided on the state its predecessors left; any refusal refuses them all. */
  function decideAll(commands: readonly Command[], state: State): Event[] {
    const events: Event[] = [];
    let current = state;
    for (const command of commands) {
      const decided = decider.decide(command, current);
      current = decided.reduce(decider.evolve, current);
      events.push(...decided);
    }
    return events;
  }

  async function retrying(
    streamId: string,
    command: Commands<Command, State>,
    context: CommandContext,
    options: HandleOptions,
    known?: Loaded<State>,
  ): Promise<CommandResult<Event, State>> {
    for (let tries = 0; ; tries += 1) {
      try {
        // Only the first try may use a state folded beforehand: after a conflict the stream is read again.
        return await attempt(streamId, command, context, options, tries === 0 ? known : undefined);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        // A pinned revision that another writer took between our read and our append is a stale If-Match.
        if (options.expectedRevision !== undefined) throw new PreconditionFailed(error.expected, error.actual);
        if (tries >= maxRetries) throw error;
        // After the first retries, a little jitter so that the writers left do not collide in lockstep.
        if (tries >= 2) await new Promise((resume) => setTimeout(resume, Math.random() * tries));
      }
    }
  }

  return {
    load,
    handle(streamId: string, command: Commands<Command, State>, context: CommandContext, options: HandleOptions = {}): Promise<CommandResult<Event, State>> {
      return retrying(streamId, command, context, options);
    },
    /**
     * As `handle`, deciding on a state the caller already folded from the stream at `known.revision`
     * (a batch that read many streams up front): no second read unless another writer got there first.
     */
    handleOn(
      streamId: string,
      known: Loaded<State>,
      command: Commands<Command, State>,
      context: CommandContext,
      options: HandleOptions = {},
    ): Promise<CommandResult<Event, State>> {
      return retrying(streamId, command, context, options, known);
    },
  };
}

/** A stream folded: its state and the revision it was read at (-1 for an empty stream). */
export interface Loaded<State> {
  readonly state: State;
  readonly revision: number;
}

export type CommandHandler<Command extends Message, Event extends Message, State> = ReturnType<typeof commandHandler<Command, Event, State>>;

export type { RecordedEvent };

function commandsFor<Command, State>(commands: Commands<Command, State>, state: State): readonly Command[] {
  if (typeof commands === 'function') return (commands as (state: State) => readonly Command[])(state);
  return Array.isArray(commands) ? (commands as readonly Command[]) : [commands as Command];
}
