import type { Decider } from '@deskstream/kernel';
import { activeRequestType, requestTypeDecider, type ActiveRequestType, type RequestTypeCommand, type RequestTypeEvent } from './request-type.decider';

export type { ActiveRequestType } from './request-type.decider';

/** A tenant's request types, in the order they were first defined. */
export type RequestTypeCatalog = ReadonlyMap<string, ActiveRequestType>;

/**
 * All request types of a tenant live in one stream: a catalogue has tens of forms, and one stream
 * lets the portal list them with one read and no eventually-consistent view. Each command is decided
 * by the request type's own decider against that type's state.
 */
export const requestTypeCatalogDecider: Decider<RequestTypeCommand, RequestTypeEvent, RequestTypeCatalog> = {
  initialState: () => new Map(),
  decide(command, catalog) {
    return requestTypeDecider.decide(command, catalog.get(command.data.requestTypeId) ?? requestTypeDecider.initialState());
  },
  evolve(catalog, event) {
    // Every event of a request type leaves it active at that event's version, whatever it was before.
    return new Map(catalog).set(event.data.requestTypeId, activeRequestType(event));
  },
};
