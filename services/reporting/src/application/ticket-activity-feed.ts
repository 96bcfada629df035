import { commandHandler, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { TOPICS } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE, messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { ticketActivityDecider } from '../domain/ticket-activity.decider';
import { ticketActivityOf } from './activity-translation';
import { ticketActivityStream } from './reporting-streams';

const ACTOR = 'system:reporting';

/**
 * Records every integration event about a ticket (from incidents, service requests, SLA, problems and knowledge)
 * in reporting's own stream for that ticket; the facts and KPIs are projections of those streams, so
 * a new one is rebuilt from the first event. Behind the inbox, and idempotent by message id as well,
 * because the inbox records a message only after its effect.
 */
export class TicketActivityFeed {
  readonly name = 'reporting.ticket-activity';
  readonly topics = [TOPICS.incidents, TOPICS.serviceRequests, TOPICS.sla, TOPICS.problems, TOPICS.knowledge];
  /** One activity stream per ticket, appended through the command handler (which retries a conflict): tickets need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;
  private readonly activities;

  constructor(store: EventStore, clock: Clock, ids: IdGenerator) {
    this.activities = commandHandler(ticketActivityDecider, { store, clock, ids });
  }

  async handle({ event }: DeliveredMessage): Promise<void> {
    const activity = ticketActivityOf(event);
    if (!activity) return;
    await withCommandSpan('reporting ticket-activity', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, () =>
      this.activities.handle(
        ticketActivityStream(event.tenantid, activity.ticketId),
        { type: 'ObserveTicketActivity', data: activity },
        messageCommandContext(event, ACTOR),
      ),
    );
  }
}
