import { isDeepStrictEqual, inspect } from 'node:util';
import type { Decider, Message } from './decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given / when / then for deciders, independent of any test framework:
 *   spec.given([opened]).when(assign).then([assigned])
 *   spec.given([closed]).when(assign).thenThrows(IllegalTransition)
 */
export function specification<Command extends Message, Event extends Message, State>(
  decider: Decider<Command, Event, State>,
) {
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
            thenState(check: (state: State) => void): void {
              check([...events, ...run()].reduce(decider.evolve, decider.initialState()));
            },
          };
        },
      };
    },
  };
}
