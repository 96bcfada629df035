import type { EventMetadata, Message, RecordedEvent } from '@deskstream/kernel';
import type { Projection, StoredDocument } from './document-store.port';

/** A recorded event of one of the union's types, its data typed by its type. */
export type RecordedOf<Event extends Message> = Event extends Message<infer Type, infer Data> ? RecordedEvent<Type, Data> : never;

/** A projection as it is written: against its service's event union, so its reducer needs no casts. */
export interface ProjectionOf<Event extends Message, Doc extends StoredDocument> extends Omit<Projection<Doc>, 'handles' | 'documentId' | 'apply'> {
  readonly handles: readonly Event['type'][];
  documentId(event: RecordedOf<Event>): string;
  apply(doc: Doc | null, event: RecordedOf<Event>): Doc | null;
}

/**
 * Declares a projection over an event union. The runner hands a reducer only the event types it
 * lists in `handles`, from the categories it subscribes to: that is what makes the events its union,
 * and this is the one place that says so.
 */
export function projectionOf<Event extends Message, Doc extends StoredDocument>(projection: ProjectionOf<Event, Doc>): Projection<Doc> {
  return projection as unknown as Projection<Doc>;
}

/** The events of a stream the caller knows to be of this union (read by category or stream name). */
export function recordedAs<Event extends Message>(events: readonly RecordedEvent[]): readonly RecordedOf<Event>[] {
  return events as unknown as readonly RecordedOf<Event>[];
}

/** Recorded events for specifications: domain events given positions, revisions and metadata in order. */
export function recordedEvents<Event extends Message>(
  streamId: string,
  events: readonly Event[],
  metadata: Pick<EventMetadata, 'tenantId'> & Partial<EventMetadata>,
  firstPosition = 1,
): RecordedOf<Event>[] {
  return events.map(
    (event, i) =>
      ({
        eventId: `${streamId}#${i}`,
        streamId,
        revision: i,
        position: firstPosition + i,
        type: event.type,
        data: event.data,
        metadata: { actor: 'test', correlationId: 'spec', causationId: 'spec', occurredAt: '2026-01-05T09:00:00.000Z', schemaVersion: 1, ...metadata },
      }) as unknown as RecordedOf<Event>,
  );
}

/**
 * Given / when / then for projections, as for deciders:
 *   projectionSpecification(queue).given(opened, assigned).when(resolved).then((doc) => expect(doc?.status).toBe('resolved'))
 * The events are applied in order from no document; `then` receives the document after `when`.
 */
export function projectionSpecification<Doc extends StoredDocument>(projection: Projection<Doc>) {
  return {
    given(...events: readonly RecordedEvent[]) {
      const before = (): Doc | null => events.reduce<Doc | null>((doc, event) => projection.apply(doc, event), null);
      return {
        when(event: RecordedEvent) {
          const after = (): Doc | null => projection.apply(before(), event);
          return {
            then(check: (doc: Doc | null) => void): void {
              check(after());
            },
            /** The event changes nothing the reader sees (an event the view ignores, or a repeat). */
            thenNothingChanged(ignore: readonly string[] = ['position', 'updatedAt']): void {
              const strip = (doc: Doc | null) => (doc ? Object.fromEntries(Object.entries(doc).filter(([key]) => !ignore.includes(key))) : null);
              const [was, is] = [strip(before()), strip(after())];
              if (JSON.stringify(was) !== JSON.stringify(is)) throw new Error(`Expected no change but\n${JSON.stringify(was)}\nbecame\n${JSON.stringify(is)}`);
            },
          };
        },
      };
    },
  };
}
