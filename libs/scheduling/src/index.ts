export * from './scheduler.port';
export type { SchedulerAdapterOptions } from './scheduler-defaults';
export * from './sqlite/sqlite-scheduler';
export * from './mongo/mongo-scheduler';
