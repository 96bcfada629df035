import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
} from '@deskstream/kernel';
import { TurnMemo } from '@deskstream/kernel';
import { isSealed, mapPath, seal, unseal, type PersonalDataDeclaration, type PersonalKey } from './personal-data';
import type { PersonalKeys } from './personal-keys';

/**
 * The event store with personal data sealed (crypto-shredding): on append, each declared personal
 * field is encrypted with its person's key; on every read (streams, the global log, subscriptions:
 * projections, the gateway, exports) it is opened again, or reads as its erased placeholder once the
 * person's key is deleted. Counts, times and every other field stay as they were. The declarations
 * are the personal data catalogue (see PERSONAL_DATA), the same in every process.
 */
export class CryptoShreddingEventStore implements EventStore {
  private readonly byType: ReadonlyMap<string, PersonalDataDeclaration>;
  /**
   * Subscriptions handed the same event in one turn (projections side by side, the gateway) open it
   * once; an erasure made here in that turn is not seen through what was opened before it.
   */
  private readonly openedThisTurn = new TurnMemo<Promise<RecordedEvent>>();

  constructor(
    /** The store the events are kept in (SQLite, KurrentDB), sealed. */
    readonly inner: EventStore,
    private readonly keys: PersonalKeys,
    declarations: readonly PersonalDataDeclaration[],
  ) {
    // The first declaration of a type counts.
    this.byType = new Map(declarations.flatMap((declaration) => declaration.eventTypes.map((eventType) => [eventType, declaration] as const)).reverse());
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const personal = this.personalIn(events);
    if (personal.length === 0) return this.inner.appendToStream(streamId, events, options);
    const keys = await this.keysOf(personal, (tenantId, person) => this.keys.keyOf(tenantId, person));
    return this.inner.appendToStream(
      streamId,
      events.map((event) => sealEvent(event, this.declarationOf(event.type), keys)),
      options,
    );
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readAll(options));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  subscribe(handler: EventHandler, options?: SubscriptionOptions): Subscription {
    return this.inner.subscribe(async (event) => handler(this.declarationOf(event.type) ? await this.openShared(event) : event), options);
  }

  deliveryLagMs(): number {
    return this.inner.deliveryLagMs?.() ?? 0;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private declarationOf(type: string): PersonalDataDeclaration | undefined {
    return this.byType.get(type);
  }

  /** The events that carry personal data, each with its person: most carry none, and cost no promise and no key look-up. */
  private personalIn<E extends { readonly type: string; readonly data: unknown; readonly metadata: { readonly tenantId: string } }>(
    events: readonly E[],
  ): PersonIn[] {
    const found: PersonIn[] = [];
    for (const event of events) {
      const person = this.declarationOf(event.type)?.subjectOf(event.data as Record<string, unknown>);
      if (person) found.push({ tenantId: event.metadata.tenantId, person });
    }
    return found;
  }

  /** One key look-up per person of a batch, however many of the batch's events are theirs. */
  private async keysOf(people: readonly PersonIn[], lookUp: (tenantId: string, person: string) => Promise<PersonalKey | null>): Promise<KeysByPerson> {
    const distinct = new Map(people.map((p) => [personKey(p.tenantId, p.person), p]));
    const keys = await Promise.all([...distinct].map(async ([id, p]) => [id, await lookUp(p.tenantId, p.person)] as const));
    return new Map(keys);
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const personal = this.personalIn(events);
    if (personal.length === 0) return events;
    const keys = await this.keysOf(personal, (tenantId, person) => this.keys.find(tenantId, person));
    return events.map((event) => openEvent(event, this.declarationOf(event.type), keys));
  }

  private openShared(event: RecordedEvent): Promise<RecordedEvent> {
    const key = `${event.position}\u0000${event.eventId}\u0000${this.keys.erasureCount()}`;
    return this.openedThisTurn.get(key, async () => (await this.openAll([event]))[0]!);
  }
}

interface PersonIn {
  readonly tenantId: string;
  readonly person: string;
}

type KeysByPerson = ReadonlyMap<string, PersonalKey | null>;

const personKey = (tenantId: string, person: string) => `${tenantId}\u0000${person}`;

function sealEvent(event: EventToAppend, declaration: PersonalDataDeclaration | undefined, keys: KeysByPerson): EventToAppend {
  const data = event.data as Record<string, unknown>;
  const person = declaration?.subjectOf(data);
  const key = person ? keys.get(personKey(event.metadata.tenantId, person)) : undefined;
  if (!declaration || !key) return event;
  const sealed = declaration.fields.reduce((current, field) => mapPath(current, field.path, (value) => (isSealed(value) ? value : seal(value, key))), data);
  return { ...event, data: sealed };
}

function openEvent(event: RecordedEvent, declaration: PersonalDataDeclaration | undefined, keys: KeysByPerson): RecordedEvent {
  const data = event.data as Record<string, unknown>;
  const person = declaration?.subjectOf(data);
  if (!declaration || !person) return event;
  const key = keys.get(personKey(event.metadata.tenantId, person)) ?? null;
  const opened = declaration.fields.reduce(
    (current, field) =>
      mapPath(current, field.path, (value) => {
        if (!isSealed(value)) return value;
        const plain = unseal(value, key);
        return plain === undefined ? field.erased : plain;
      }),
    data,
  );
  return { ...event, data: opened };
}
