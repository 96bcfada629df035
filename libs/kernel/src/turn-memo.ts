/**
 * Values kept for the rest of the current turn of the event loop, then dropped: what readers at the
 * same instant share (subscriptions handed the same event side by side), without anything kept long
 * enough to go stale.
 */
export class TurnMemo<V> {
  private values: Map<string, V> | null = null;

  /** The value kept under `key` this turn, made by `make` if none is. */
  get(key: string, make: () => V): V {
    const kept = this.values?.get(key);
    if (kept !== undefined) return kept;
    const made = make();
    if (!this.values) {
      this.values = new Map();
      setImmediate(() => (this.values = null));
    }
    this.values.set(key, made);
    return made;
  }
}
