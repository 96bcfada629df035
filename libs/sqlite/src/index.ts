export * from './sqlite-database';
export * from './sqlite-checkpoint-store';
export * from './group-commit';
export * from './sqlite-leases';
