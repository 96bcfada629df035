/**
 * Runs work for the same key one after another within this process (work for other keys runs in
 * parallel). Used where a read-then-append would otherwise let two concurrent requests both see
 * "nothing yet" (duplicate detection, reference counters).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }
}
