import type { Decider } from './decider';
import { IllegalTransition } from './errors';
import { specification } from './specification';

type Command = { type: 'Switch'; data: { on: boolean } };
type Event = { type: 'SwitchedOn'; data: Record<string, never> } | { type: 'SwitchedOff'; data: Record<string, never> };
type State = { status: 'off' } | { status: 'on' };

const lamp: Decider<Command, Event, State> = {
  initialState: () => ({ status: 'off' }),
  evolve: (_state, event) => (event.type === 'SwitchedOn' ? { status: 'on' } : { status: 'off' }),
  decide: (command, state) => {
    if (command.data.on === (state.status === 'on')) throw new IllegalTransition('switch', state.status, ['switch']);
    return [{ type: command.data.on ? 'SwitchedOn' : 'SwitchedOff', data: {} }];
  },
};
const spec = specification(lamp);

describe('given/when/then specification', () => {
  it('passes when the decided events match', () => {
    spec
      .given([])
      .when({ type: 'Switch', data: { on: true } })
      .then([{ type: 'SwitchedOn', data: {} }]);
  });

  it('fails when the decided events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Switch', data: { on: true } })
        .then([]),
    ).toThrow(/Expected events/);
  });

  it('checks the thrown error class', () => {
    spec
      .given([{ type: 'SwitchedOn', data: {} }])
      .when({ type: 'Switch', data: { on: true } })
      .thenThrows(IllegalTransition);
    expect(() =>
      spec
        .given([])
        .when({ type: 'Switch', data: { on: true } })
        .thenThrows(IllegalTransition),
    ).toThrow(/Expected IllegalTransition/);
  });
});
