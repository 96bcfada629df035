import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { systemClock, uuidGenerator, type CheckpointStore, type Clock } from '@deskstream/kernel';
import type { DocumentStore } from '@deskstream/readmodels';
import { API_KEYS, ApiKeyRegistry } from './auth/api-keys';
import { AuthModule } from './auth/auth.module';
import type { AuthConfig } from './auth/auth.config';
import { openAdapters } from './adapters/open-adapters';
import type { PlatformAdapters } from './adapters/platform-adapters';
import type { PlatformConfig } from './config/platform-config';
import { AdmissionGate } from './http/admission-gate';
import { ServiceContributions } from './contributions/service-contributions';
import { HealthController } from './health/health.controller';
import { CommandMetrics } from './metrics/command-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { MeController } from './session/me.controller';
import { PlatformMetrics } from './metrics/platform-metrics';
import { DEMO_TENANTS } from './auth/demo-directory';
import { PlatformRuntime, type PlatformOptions } from './runtime/platform-runtime';
import { TenantRateLimiter } from './tenancy/tenant-rate-limiter';
import { platformConsumerName } from './runtime/process-service';
import { ErasedPersonKeys } from './privacy/erased-person-keys';
import type { PersonalKeys } from './privacy/personal-keys';
import { TENANT_REGISTRY, TenantRegistry } from './tenancy/tenant-registry';
import {
  API_RATE_LIMITER,
  CHECKPOINT_STORE,
  CLOCK,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  INBOX,
  INTEGRATION_BUS,
  PLATFORM_ADAPTERS,
  PLATFORM_CONFIG,
  PLATFORM_OPTIONS,
  PERSONAL_KEYS,
  SCHEDULER,
  TENANT_PURGE,
} from './tokens';

const PORT_TOKENS = {
  [EVENT_STORE]: 'eventStore',
  [INTEGRATION_BUS]: 'bus',
  [INBOX]: 'inbox',
  [DOCUMENT_STORE]: 'documents',
  [CHECKPOINT_STORE]: 'checkpoints',
  [SCHEDULER]: 'scheduler',
  [PERSONAL_KEYS]: 'personalKeys',
  [TENANT_PURGE]: 'tenantPurge',
} as const satisfies Record<symbol, keyof PlatformAdapters>;

export function authConfigOf(config: PlatformConfig, service: string): AuthConfig {
  return {
    mode: config.mode,
    ...(config.mode === 'embedded' ? { dataDir: config.dataDir } : {}),
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ...(config.auth.jwksUrl ? { jwksUrl: config.auth.jwksUrl } : {}),
    claims: config.auth.claims,
    ...(config.demoPassword ? { demoPassword: config.demoPassword } : {}),
    serviceName: service,
  };
}

/**
 * The platform under every service: binds each port token to the adapters the configuration selects,
 * the clock and id generator, the in-process command/query bus, authentication, health and metrics,
 * and the runtime that runs what service modules contribute. Global, so service modules inject the
 * tokens without importing it.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: PlatformConfig, options: PlatformOptions): DynamicModule {
    const portProviders: Provider[] = Object.getOwnPropertySymbols(PORT_TOKENS).map((token) => ({
      provide: token,
      useFactory: (adapters: PlatformAdapters) => adapters[PORT_TOKENS[token as keyof typeof PORT_TOKENS]],
      inject: [PLATFORM_ADAPTERS],
    }));
    const tokens = [...Object.getOwnPropertySymbols(PORT_TOKENS), CLOCK, ID_GENERATOR, PLATFORM_CONFIG, PLATFORM_OPTIONS, PLATFORM_ADAPTERS];
    return {
      module: PlatformModule,
      global: true,
      imports: [AuthModule.forRoot(authConfigOf(config, options.service))],
      controllers: [HealthController, MetricsController, MeController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: PLATFORM_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: systemClock },
        { provide: ID_GENERATOR, useValue: uuidGenerator },
        {
          provide: PLATFORM_ADAPTERS,
          useFactory: (clock: Clock) => openAdapters(config, clock, process.env, options.role),
          inject: [CLOCK],
        },
        ...portProviders,
        ServiceContributions,
        PlatformMetrics,
        CommandMetrics,
        PlatformRuntime,
        {
          provide: API_KEYS,
          // Each process keeps its own copy of the service accounts' keys, so it registers its own consumer.
          useFactory: (documents: DocumentStore, clock: Clock, contributions: ServiceContributions) => {
            const registry = new ApiKeyRegistry(documents, clock, platformConsumerName(options.service, 'api-keys'));
            contributions.addConsumer(registry);
            return registry;
          },
          inject: [DOCUMENT_STORE, CLOCK, ServiceContributions],
        },
        {
          provide: ErasedPersonKeys,
          // Each process deletes its own key of an erased person (its key store may be its service's alone).
          useFactory: (keys: PersonalKeys, contributions: ServiceContributions, checkpoints: CheckpointStore) => {
            const erased = new ErasedPersonKeys(keys, platformConsumerName(options.service, 'personal-keys'), checkpoints);
            contributions.addConsumer(erased);
            return erased;
          },
          inject: [PERSONAL_KEYS, ServiceContributions, CHECKPOINT_STORE],
        },
        {
          provide: AdmissionGate,
          // The lag of this process's deliveries; an edge's store reports its writer's, which the writer shares.
          useFactory: (adapters: PlatformAdapters, metrics: PlatformMetrics) => {
            const lagMs = () => Math.max(adapters.eventStore.deliveryLagMs?.() ?? 0, adapters.bus.deliveryLagMs?.() ?? 0);
            adapters.processLink?.shareDeliveryLag(lagMs);
            const gate = new AdmissionGate(config.http.admission, lagMs);
            metrics.observeAdmission({ lagMs, held: () => gate.heldCount() });
            return gate;
          },
          inject: [PLATFORM_ADAPTERS, PlatformMetrics],
        },
        { provide: API_RATE_LIMITER, useFactory: (clock: Clock) => new TenantRateLimiter(config.http.tenantRateLimit, clock), inject: [CLOCK] },
        {
          provide: TENANT_REGISTRY,
          // As with API keys: every process decides for itself whether a tenant is served.
          useFactory: (documents: DocumentStore, contributions: ServiceContributions, metrics: PlatformMetrics, keys: PersonalKeys) => {
            // The keys this process's key store holds of a deleted tenant's people go with the rest of what it keeps.
            contributions.addTenantPurge({ name: 'personal-keys', purge: (tenantId) => keys.eraseTenant(tenantId) });
            const registry = new TenantRegistry(documents, platformConsumerName(options.service, 'tenants'), contributions.tenantPurges);
            contributions.addConsumer(registry);
            // The desk's figures cover the seeded tenants and every onboarded one.
            const tenants = async () => [...new Set([...DEMO_TENANTS.map((tenant) => tenant.id), ...(await registry.tenantIds())])];
            metrics.observeDesk({ sources: contributions.deskFigures, tenants });
            return registry;
          },
          inject: [DOCUMENT_STORE, ServiceContributions, PlatformMetrics, PERSONAL_KEYS],
        },
      ],
      exports: [...tokens, ServiceContributions, CommandMetrics, PlatformMetrics, PlatformRuntime, API_KEYS, TENANT_REGISTRY, API_RATE_LIMITER, AdmissionGate],
    };
  }
}
