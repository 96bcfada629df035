export * from './tokens';
export * from './config/platform-config';
export * from './contributions/service-contributions';
export * from './adapters/platform-adapters';
export type { ProcessRole } from './adapters/writer-link';
export * from './platform.module';
export * from './runtime/platform-runtime';
export * from './runtime/process-service';
export * from './metrics/platform-metrics';
export * from './metrics/command-metrics';
export * from './metrics/desk-metrics';
export * from './http/create-app';
export * from './http/problem-details';
export * from './http/validation';
export * from './telemetry/start-telemetry';
export * from './telemetry/command-span';
export * from './telemetry/command-context';
export * from './session/me.controller';
export * from './health/health.controller';
export * from './auth';
export * from './http/page-limit';
export * from './http/request-context';
export * from './http/list-query';
export * from './http/multipart-parts';
export * from './http/record-schemas';
export * from './directory/directory-replica';
export * from './tenancy/tenant-registry';
export * from './mail/dev-outbox';
export * from './mail/mail-sender';
export * from './privacy/personal-keys';
export * from './privacy/tenant-purge';
export {
  ERASED_TEXT,
  isSealed,
  personOf,
  unseal,
  writtenBy,
  type PersonalDataDeclaration,
  type PersonalField,
  type PersonalKey,
} from './privacy/personal-data';
export * from './tenancy/tenant-rate-limiter';
