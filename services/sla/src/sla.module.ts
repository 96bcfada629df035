import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { calendarListProjection } from './application/calendar-list.projection';
import { SlaCalendars } from './application/sla-calendars';
import { CalendarsController } from './http/calendars.controller';

/** .ics uploads are plain text, bounded like any body. */
const ICS_BODY_LIMIT = 2 * 1024 * 1024;

const slaProviders: Provider[] = [
  {
    provide: SlaCalendars,
    useFactory: (store: EventStore, documents: DocumentStore, clock: Clock, ids: IdGenerator) => new SlaCalendars(store, documents, clock, ids),
    inject: [EVENT_STORE, DOCUMENT_STORE, CLOCK, ID_GENERATOR],
  },
];

/**
 * The SLA service on the platform's ports: business calendars and their working-time arithmetic under
 * /api/v1/sla, its streams and read models.
 */
@Module({ controllers: [CalendarsController], providers: slaProviders })
export class SlaModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(calendarListProjection);
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify && !fastify.hasContentTypeParser('text/calendar')) {
      fastify.addContentTypeParser('text/calendar', { parseAs: 'string', bodyLimit: ICS_BODY_LIMIT }, (_request, body, done) => done(null, body));
    }
  }
}
