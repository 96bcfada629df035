/** A command or an event: a stable type string and a plain data object. */
export interface Message<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The pure heart of an aggregate: decide turns a command and the current state into new events,
 * evolve folds one event into state. No I/O, no clock, no random ids: those arrive in the command.
 */
export interface Decider<Command extends Message, Event extends Message, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/**
 * A process manager as a pure function: given something that happened (an integration event, a timer)
 * and the current state of the stream it acts on, which commands to send. The imperative code around
 * it only reads, hands the commands to the command handler, and records what it handled.
 */
export interface Workflow<Input, Command extends Message, State> {
  decide(input: Input, state: State): readonly Command[];
}

export function fold<Event extends Message, State>(decider: Pick<Decider<Message, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Compile-time exhaustiveness check for switch statements over discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
