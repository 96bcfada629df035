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
import { isSealed, mapPath, seal, unseal, type PersonalDataDeclaration } from './personal-data';
import type { PersonalKeys } from './personal-keys';

/**
 * The event store with personal data sealed (crypto-shredding): on append, each declared personal
 * field is encrypted with its person's key; on every read (streams, the global log, subscriptions:
 * projections, the gateway, exports) it is opened again, or reads as its erased placeholder once the
 * person's key is deleted. Counts, times and every other field stay as they were. Declarations are
 * read when an event passes, so services may add theirs while they start.
 */
export class CryptoShreddingEventStore implements EventStore {
  constructor(
    /** The store the events are kept in (SQLite, KurrentDB), sealed. */
    readonly inner: EventStore,
    private readonly keys: PersonalKeys,
    private readonly declarations: readonly PersonalDataDeclaration[],
  ) {}

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const sealed = this.anyDeclared(events) ? await Promise.all(events.map((event) => this.sealEvent(event))) : events;
    return this.inner.appendToStream(streamId, sealed, options);
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
    return this.inner.subscribe(async (event) => handler(this.declarationOf(event.type) ? await this.openEvent(event) : event), options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private declarationOf(type: string): PersonalDataDeclaration | undefined {
    return this.declarations.find((declaration) => declaration.eventTypes.includes(type));
  }

  private async sealEvent(event: EventToAppend): Promise<EventToAppend> {
    const declaration = this.declarationOf(event.type);
    const data = event.data as Record<string, unknown>;
    const person = declaration?.subjectOf(data);
    if (!declaration || !person) return event;
    const key = await this.keys.keyOf(event.metadata.tenantId, person);
    const sealed = declaration.fields.reduce((current, field) => mapPath(current, field.path, (value) => (isSealed(value) ? value : seal(value, key))), data);
    return { ...event, data: sealed };
  }

  /** Most events carry no personal data: a read or an append without any costs no key look-up and no promise per event. */
  private anyDeclared(events: readonly { readonly type: string }[]): boolean {
    return events.some((event) => this.declarationOf(event.type) !== undefined);
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    return this.anyDeclared(events) ? Promise.all(events.map((event) => this.openEvent(event))) : events;
  }

  private async openEvent(event: RecordedEvent): Promise<RecordedEvent> {
    const declaration = this.declarationOf(event.type);
    const data = event.data as Record<string, unknown>;
    const person = declaration?.subjectOf(data);
    if (!declaration || !person) return event;
    const key = await this.keys.find(event.metadata.tenantId, person);
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
}
