export * from './sqlite/sqlite-event-store';
export * from './kurrent/kurrent-event-store';
export * from './event-store.contract';
export * from './reference-sequence';
export * from './ticket-references';
