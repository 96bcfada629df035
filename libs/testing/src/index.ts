export * from './containers';
export * from './eventually';
export * from './tracing';
