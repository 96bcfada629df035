export * from './integration-bus.port';
export * from './cloud-event';
export * from './message-headers';
export * from './integration-gateway';
export * from './inbox-consumer';
export { SqliteIntegrationBus, type SqliteIntegrationBusOptions } from './sqlite/sqlite-integration-bus';
export { SqliteInbox } from './sqlite/sqlite-inbox';
export { KafkaIntegrationBus, type KafkaIntegrationBusOptions } from './kafka/kafka-integration-bus';
export { MongoInbox } from './mongo/mongo-inbox';
