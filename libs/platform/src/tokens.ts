/** Injection tokens for the ports. PlatformModule binds each to the adapter the configuration selects. */
export const EVENT_STORE = Symbol('EventStore');
export const INTEGRATION_BUS = Symbol('IntegrationBus');
export const INBOX = Symbol('Inbox');
export const DOCUMENT_STORE = Symbol('DocumentStore');
export const CHECKPOINT_STORE = Symbol('CheckpointStore');
export const SCHEDULER = Symbol('Scheduler');
export const PERSONAL_KEYS = Symbol('PersonalKeys');
export const TENANT_PURGE = Symbol('TenantPurge');
/** Each tenant's rate over the whole API (a TenantRateLimiter), so that one tenant's traffic cannot starve another's. */
export const API_RATE_LIMITER = Symbol('ApiRateLimiter');
export const CLOCK = Symbol('Clock');
export const ID_GENERATOR = Symbol('IdGenerator');
export const PLATFORM_CONFIG = Symbol('PlatformConfig');
/** The bundle of adapters behind the port tokens (PlatformAdapters), for probes and shutdown. */
export const PLATFORM_ADAPTERS = Symbol('PlatformAdapters');
export const PLATFORM_OPTIONS = Symbol('PlatformOptions');
