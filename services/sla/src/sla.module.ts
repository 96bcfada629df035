import { Inject, Module, type OnModuleInit, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, SCHEDULER, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { calendarListProjection } from './application/calendar-list.projection';
import {
  MILESTONE_TIMER,
  milestoneTimerHandler,
  REMINDER_TIMER,
  reminderTimerHandler,
  SlaTicketObserver,
  SlaTimerScheduling,
} from './application/sla-consumers';
import { SlaCalendars } from './application/sla-calendars';
import { SlaClockQueries } from './application/sla-clock-queries';
import { SlaDefinitions } from './application/sla-definitions';
import { slaIntegrationMapper } from './application/sla-integration.mapper';
import { slaNotificationProjection } from './application/sla-notification.projection';
import { slaTicketProjection } from './application/sla-ticket.projection';
import { slaDeskFigures } from './application/sla-desk-figures';
import { SlaTickets } from './application/sla-tickets';
import { SlaReplay } from './application/sla-what-if';
import { TenantSlaTemplate } from './application/tenant-sla-template';
import { CalendarsController } from './http/calendars.controller';
import { ClocksController } from './http/clocks.controller';
import { DefinitionsController } from './http/definitions.controller';
import { ReplayController } from './http/replay.controller';

/** .ics uploads are plain text, bounded like any body. */
const ICS_BODY_LIMIT = 2 * 1024 * 1024;

/** The application classes are framework-free; here they are built on whatever ports the platform bound. */
const slaProviders: Provider[] = [
  {
    provide: SlaCalendars,
    useFactory: (store: EventStore, documents: DocumentStore, clock: Clock, ids: IdGenerator) => new SlaCalendars(store, documents, clock, ids),
    inject: [EVENT_STORE, DOCUMENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: SlaDefinitions,
    useFactory: (store: EventStore, calendars: SlaCalendars, clock: Clock, ids: IdGenerator) => new SlaDefinitions(store, calendars, clock, ids),
    inject: [EVENT_STORE, SlaCalendars, CLOCK, ID_GENERATOR],
  },
  {
    provide: SlaTickets,
    useFactory: (store: EventStore, definitions: SlaDefinitions, calendars: SlaCalendars, clock: Clock, ids: IdGenerator) =>
      new SlaTickets(store, definitions, calendars, clock, ids),
    inject: [EVENT_STORE, SlaDefinitions, SlaCalendars, CLOCK, ID_GENERATOR],
  },
  {
    provide: SlaClockQueries,
    useFactory: (documents: DocumentStore, tickets: SlaTickets, clock: Clock) => new SlaClockQueries(documents, tickets, clock),
    inject: [DOCUMENT_STORE, SlaTickets, CLOCK],
  },
  {
    provide: SlaReplay,
    useFactory: (documents: DocumentStore, tickets: SlaTickets, calendars: SlaCalendars, clock: Clock) => new SlaReplay(documents, tickets, calendars, clock),
    inject: [DOCUMENT_STORE, SlaTickets, SlaCalendars, CLOCK],
  },
];

/**
 * The SLA service on the platform's ports: business calendars, definitions and clocks under
 * /api/v1/sla; it sets up a new tenant's calendars and definitions from its template and follows
 * the incidents service's published events, both behind its inbox, keeps one stream
 * per ticket, publishes clock changes, warnings, breaches and escalations, and runs its timers.
 */
@Module({ controllers: [CalendarsController, DefinitionsController, ClocksController, ReplayController], providers: slaProviders })
export class SlaModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly adapterHost: HttpAdapterHost,
    private readonly tickets: SlaTickets,
    private readonly calendars: SlaCalendars,
    private readonly definitions: SlaDefinitions,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(calendarListProjection);
    this.contributions.addProjection(slaTicketProjection);
    this.contributions.addProjection(slaNotificationProjection);
    this.contributions.addDeskFigures(slaDeskFigures(this.documents));
    this.contributions.addMapper(slaIntegrationMapper);
    this.contributions.addConsumer(new SlaTicketObserver(this.tickets));
    this.contributions.addConsumer(new SlaTimerScheduling(this.scheduler));
    this.contributions.addConsumer(new TenantSlaTemplate(this.calendars, this.definitions));
    this.contributions.onTimer(MILESTONE_TIMER, milestoneTimerHandler(this.tickets));
    this.contributions.onTimer(REMINDER_TIMER, reminderTimerHandler(this.tickets));
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify && !fastify.hasContentTypeParser('text/calendar')) {
      fastify.addContentTypeParser('text/calendar', { parseAs: 'string', bodyLimit: ICS_BODY_LIMIT }, (_request, body, done) => done(null, body));
    }
  }
}
