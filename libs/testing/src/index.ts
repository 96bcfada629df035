export * from './containers';
export * from './eventually';
export * from './expected-failures';
export * from './mongo-test-database';
export * from './test-servers';
export * from './tracing';
export * from './leases-contract';
export * from './dedicated-kafka';
