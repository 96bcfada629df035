import { INCIDENT_EVENTS, SERVICE_REQUEST_EVENTS, TOPICS } from '@deskstream/contracts';
import { AlreadyExists, commandHandler, NotFound, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE, messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { submissionDecider } from '../domain/submission.decider';
import { submissionStream } from './intake-streams';

/**
 * Takes a submission out of the backlog when the incidents service has opened its ticket. Intake
 * gives the ticket the submission's id, so the opened ticket names its submission; tickets opened
 * elsewhere (alerts, the incidents API) have no submission stream and are skipped.
 */
export class TicketConfirmations {
  readonly name = 'intake.ticket-confirmations';
  readonly topics = [TOPICS.incidents, TOPICS.serviceRequests];
  /** Each message is about one ticket's stream (a conflicting append is retried by the command handler), so keys need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;
  private readonly handler;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.handler = commandHandler(submissionDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    if (event.type !== INCIDENT_EVENTS.opened && event.type !== SERVICE_REQUEST_EVENTS.submitted) return;
    const ticketId = event.subject;
    const stream = submissionStream(event.tenantid, ticketId);
    const [first] = await this.store.readStream(stream, { maxCount: 1 });
    if (!first) return;
    await withCommandSpan('intake MarkSubmissionTicketed', { 'deskstream.tenant': event.tenantid, 'deskstream.submission': ticketId }, async () => {
      try {
        await this.handler.handle(
          stream,
          { type: 'MarkSubmissionTicketed', data: { ticketId, at: this.clock.now().toISOString() } },
          messageCommandContext(event, 'system:intake'),
        );
      } catch (error) {
        if (!(error instanceof NotFound) && !(error instanceof AlreadyExists)) throw error;
      }
    });
  }
}
