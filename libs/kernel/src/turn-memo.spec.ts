import { TurnMemo } from './turn-memo';

describe('TurnMemo', () => {
  it('keeps a value for the rest of the turn, and makes it afresh in the next', async () => {
    const memo = new TurnMemo<object>();
    let made = 0;
    const make = () => ({ made: (made += 1) });
    const first = memo.get('a', make);
    expect(memo.get('a', make)).toBe(first);
    expect(memo.get('b', make)).not.toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(memo.get('a', make)).toEqual({ made: 3 });
  });
});
