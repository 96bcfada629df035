import { Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import {
  CLOCK,
  CommandMetrics,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  PLATFORM_CONFIG,
  PlatformMetrics,
  ServiceContributions,
  TenantRateLimiter,
  type PlatformConfig,
} from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { loadTemplate, type TemplateName } from '@deskstream/templates';
import { AlertIntake } from './application/alert-intake';
import { ContactRouter } from './application/contact-router';
import { FormValidator } from './application/form-validator';
import { IntakeBacklog, submissionSummaryProjection } from './application/intake-backlog';
import { INTAKE_CONFIG, loadIntakeConfig, type IntakeConfig } from './application/intake-config';
import { intakeIntegrationMapper } from './application/intake-integration.mapper';
import { IntakeSettingsRepository } from './application/intake-settings.repository';
import { RequestTypes } from './application/request-types';
import { SubmissionIntake } from './application/submission-intake';
import { TenantRequestTypes } from './application/tenant-request-types';
import { TicketConfirmations } from './application/ticket-confirmations';
import { TicketReferences } from './application/ticket-references';
import { IntakeTicketingModule } from './intake-ticketing.module';
import { AlertsController } from './http/alerts.controller';
import { IntakeSettingsController } from './http/intake-settings.controller';
import { RequestTypesController } from './http/request-types.controller';
import { SubmissionsController } from './http/submissions.controller';

/** The application classes are framework-free; here they are built on whatever ports the platform bound. */
const intakeProviders: Provider[] = [
  { provide: FormValidator, useFactory: () => new FormValidator() },
  {
    provide: RequestTypes,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, forms: FormValidator) => new RequestTypes(store, clock, ids, forms),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, FormValidator],
  },
  {
    provide: TenantRateLimiter,
    useFactory: (config: IntakeConfig, clock: Clock) => new TenantRateLimiter(config.rateLimit, clock),
    inject: [INTAKE_CONFIG, CLOCK],
  },
  {
    provide: SubmissionIntake,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      requestTypes: RequestTypes,
      settings: IntakeSettingsRepository,
      forms: FormValidator,
      references: TicketReferences,
      limiter: TenantRateLimiter,
      router: ContactRouter,
      meter: CommandMetrics,
    ) => new SubmissionIntake({ store, clock, ids, requestTypes, settings, forms, references, limiter, router, meter }),
    inject: [
      EVENT_STORE,
      CLOCK,
      ID_GENERATOR,
      RequestTypes,
      IntakeSettingsRepository,
      FormValidator,
      TicketReferences,
      TenantRateLimiter,
      ContactRouter,
      CommandMetrics,
    ],
  },
  {
    provide: AlertIntake,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: IntakeSettingsRepository,
      references: TicketReferences,
      router: ContactRouter,
      meter: CommandMetrics,
    ) => new AlertIntake({ store, clock, ids, settings, references, router, meter }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, IntakeSettingsRepository, TicketReferences, ContactRouter, CommandMetrics],
  },
  {
    provide: IntakeBacklog,
    useFactory: (documents: DocumentStore) => new IntakeBacklog(documents),
    inject: [DOCUMENT_STORE],
  },
  {
    provide: TicketConfirmations,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new TicketConfirmations(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: TenantRequestTypes,
    useFactory: (requestTypes: RequestTypes, backlog: IntakeBacklog) => new TenantRequestTypes(requestTypes, backlog),
    inject: [RequestTypes, IntakeBacklog],
  },
];

/** The demo tenants' desks start from the shipped templates, as an onboarded tenant's does. */
const DEMO_TEMPLATES: Readonly<Record<string, TemplateName>> = { acme: 'it', globex: 'hr' };

/**
 * The intake service's core on the platform's ports: request types, portal / API / phone
 * submissions, classification, duplicate detection, the monitoring channel and the hand-off events
 * the incidents service turns into tickets. Rate limits come from the environment
 * (INTAKE_RATE_PER_SECOND, INTAKE_RATE_BURST) unless `IntakeModule.forRoot` is given a config.
 */
@Module({
  imports: [IntakeTicketingModule],
  controllers: [SubmissionsController, RequestTypesController, AlertsController, IntakeSettingsController],
  providers: [{ provide: INTAKE_CONFIG, useFactory: () => loadIntakeConfig() }, ...intakeProviders],
})
export class IntakeModule implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('IntakeModule');

  static forRoot(config: IntakeConfig): DynamicModule {
    return { module: IntakeModule, providers: [{ provide: INTAKE_CONFIG, useValue: config }] };
  }

  constructor(
    private readonly contributions: ServiceContributions,
    private readonly metrics: PlatformMetrics,
    private readonly backlog: IntakeBacklog,
    private readonly confirmations: TicketConfirmations,
    private readonly requestTypes: RequestTypes,
    private readonly tenantRequestTypes: TenantRequestTypes,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(submissionSummaryProjection);
    this.contributions.addMapper(intakeIntegrationMapper);
    this.contributions.addConsumer(this.confirmations);
    this.contributions.addConsumer(this.tenantRequestTypes);
    this.backlog.registerGauge(this.metrics);
  }

  /** The demo tenants' forms exist in the embedded mode, as its demo users do; seeding is idempotent. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'embedded') return;
    const at = this.clock.now().toISOString();
    for (const [tenantId, template] of Object.entries(DEMO_TEMPLATES)) {
      await this.requestTypes.seed(
        { tenantId, actor: 'system:seed', correlationId: `seed-${tenantId}-request-types` },
        loadTemplate(template).requestTypes,
        at,
      );
      this.backlog.noteTenant(tenantId);
    }
    this.logger.log(`demo request types ready for ${Object.keys(DEMO_TEMPLATES).join(', ')}`);
  }
}
