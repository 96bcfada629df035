export * from './integration-bus.port';
