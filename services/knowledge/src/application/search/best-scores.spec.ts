import { BestScores } from './best-scores';

describe('BestScores', () => {
  it('keeps the lowest scores in order, the earlier of equal scores first', () => {
    const best = new BestScores<string>(3);
    [
      [5, 'e'],
      [1, 'a'],
      [3, 'c'],
      [3, 'c2'],
      [0, 'z'],
      [9, 'x'],
    ].forEach(([score, item]) => best.offer(score as number, item as string));
    expect(best.from(0)).toEqual([
      { score: 0, item: 'z' },
      { score: 1, item: 'a' },
      { score: 3, item: 'c' },
    ]);
    expect(best.from(2)).toEqual([{ score: 3, item: 'c' }]);
  });

  it('keeps nothing when asked for nothing, and fewer when fewer were offered', () => {
    const none = new BestScores<string>(0);
    none.offer(1, 'a');
    expect(none.from(0)).toEqual([]);
    const some = new BestScores<string>(10);
    some.offer(-2, 'b');
    some.offer(-3, 'a');
    expect(some.from(0).map(({ item }) => item)).toEqual(['a', 'b']);
  });
});
