export * from './topics';
export * from './incident-events';
export * from './service-request-events';
export * from './intake-events';
export * from './problem-events';
export * from './asyncapi';
export * from './roles';
export * from './sla-events';
