export * from './containers';
export * from './eventually';
export * from './http-test-app';
export * from './tracing';
