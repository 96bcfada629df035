import type { RecordedEvent } from './event-store.port';

/** Turns an event stored at `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  readonly eventType: string;
  readonly fromVersion: number;
  upcast(data: unknown): { type?: string; data: unknown };
}

/** Applies every upcaster that matches, in version order, so old events read as current ones. */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) this.byKey.set(`${u.eventType}@${u.fromVersion}`, u);
  }

  apply(event: RecordedEvent): RecordedEvent {
    if (this.byKey.size === 0) return event;
    let current = event;
    for (;;) {
      const upcaster = this.byKey.get(`${current.type}@${current.metadata.schemaVersion}`);
      if (!upcaster) return current;
      const next = upcaster.upcast(current.data);
      current = {
        ...current,
        type: next.type ?? current.type,
        data: next.data,
        metadata: { ...current.metadata, schemaVersion: current.metadata.schemaVersion + 1 },
      };
    }
  }
}
