export * from './sqlite/sqlite-event-store';
