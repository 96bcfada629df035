import { isDeepStrictEqual, inspect } from 'node:util';
import type { Decider, Message, Workflow } from './decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given / when / then for deciders, independent of any test framework:
 *   spec.given([opened]).when(assign).then([assigned])
 *   spec.given([closed]).when(assign).thenThrows(IllegalTransition)
 */
export function specification<Command extends Message, Event extends Message, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command) {
          const run = (): Event[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected: readonly Event[]): void {
              const actual = run();
              if (!isDeepStrictEqual(actual, expected)) {
                throw new Error(`Expected events\n${inspect(expected, { depth: 8 })}\nbut got\n${inspect(actual, { depth: 8 })}`);
              }
            },
            thenThrows<E extends Error>(errorClass: ErrorClass, check?: (error: E) => void): void {
              let events: Event[];
              try {
                events = run();
              } catch (error) {
                if (!(error instanceof errorClass)) {
                  throw new Error(`Expected ${errorClass.name} but ${String(error)} was thrown`);
                }
                check?.(error as E);
                return;
              }
              throw new Error(`Expected ${errorClass.name} but got events ${inspect(events, { depth: 8 })}`);
            },
            /** The command is accepted and changes nothing (an idempotent repeat, a no-op). */
            thenNothingHappened(): void {
              const actual = run();
              if (actual.length > 0) throw new Error(`Expected no events but got\n${inspect(actual, { depth: 8 })}`);
            },
            thenState(check: (state: State) => void): void {
              check([...events, ...run()].reduce(decider.evolve, decider.initialState()));
            },
          };
        },
      };
    },
  };
}

/**
 * Given / when / then for workflows (process managers): given the events of the stream the workflow
 * acts on, when an input arrives, then these commands (or none):
 *   workflowSpecification(handoff, incidentDecider).given([opened]).when(alertRecovered).then([resolve])
 */
export function workflowSpecification<Input, Command extends Message, Event extends Message, State>(
  workflow: Workflow<Input, Command, State>,
  decider: Pick<Decider<Command, Event, State>, 'evolve' | 'initialState'>,
) {
  return {
    given(events: readonly Event[]) {
      return {
        when(input: Input) {
          const run = (): readonly Command[] => workflow.decide(input, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected: readonly Command[]): void {
              const actual = run();
              if (!isDeepStrictEqual(actual, expected)) {
                throw new Error(`Expected commands\n${inspect(expected, { depth: 8 })}\nbut got\n${inspect(actual, { depth: 8 })}`);
              }
            },
            thenNothingHappened(): void {
              const actual = run();
              if (actual.length > 0) throw new Error(`Expected no commands but got\n${inspect(actual, { depth: 8 })}`);
            },
          };
        },
      };
    },
  };
}
