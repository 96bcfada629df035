import { Inject, Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import { IncidentSettingsRepository } from './application/incident-settings.repository';
import { IntakeHandoff } from './application/intake-handoff';

export { IntakeHandoff } from './application/intake-handoff';
export { IntakeTicketReferences } from './application/intake-ticket-references';

/** The consumer of intake's hand-off events, built on the platform's ports and the tenant's incident settings. */
export const intakeHandoffProviders: Provider[] = [
  {
    provide: IntakeHandoff,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new IntakeHandoff(store, clock, ids, new IncidentSettingsRepository(store, ids)),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
];

/** Registers the hand-off consumer; the platform runs it behind the inbox. */
export function registerIntakeHandoff(contributions: ServiceContributions, handoff: IntakeHandoff): void {
  contributions.addConsumer(handoff);
}

/**
 * The hand-off as a module of its own, for compositions where IncidentsModule does not wire it yet
 * (tests; the lead may fold `intakeHandoffProviders` + `registerIntakeHandoff` into IncidentsModule).
 */
@Module({ providers: intakeHandoffProviders })
export class IntakeHandoffModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    @Inject(IntakeHandoff) private readonly handoff: IntakeHandoff,
  ) {}

  onModuleInit(): void {
    registerIntakeHandoff(this.contributions, this.handoff);
  }
}
