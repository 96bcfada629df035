/**
 * The `size` lowest-scored entries of a stream, in order: one pass, and most entries cost one
 * comparison with the worst kept so far (a ranked page out of thousands of matches, without sorting
 * them all). On equal scores the earlier entry ranks first.
 */
export class BestScores<T> {
  private readonly scores: number[] = [];
  private readonly items: T[] = [];

  constructor(private readonly size: number) {}

  offer(score: number, item: T): void {
    const count = this.scores.length;
    if (this.size === 0 || (count === this.size && score >= this.scores[count - 1]!)) return;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.scores[middle]! <= score) low = middle + 1;
      else high = middle;
    }
    this.scores.splice(low, 0, score);
    this.items.splice(low, 0, item);
    if (this.scores.length > this.size) {
      this.scores.pop();
      this.items.pop();
    }
  }

  /** Entries from `offset` on, best first, each with its score. */
  from(offset: number): { score: number; item: T }[] {
    return this.items.slice(offset).map((item, i) => ({ score: this.scores[offset + i]!, item }));
  }
}
