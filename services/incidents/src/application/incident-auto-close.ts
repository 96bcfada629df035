import { INCIDENT_EVENTS, TOPICS, type IncidentResolvedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { withCommandSpan } from '@deskstream/platform';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import type { IncidentUseCases } from './incident-use-cases';

export const AUTO_CLOSE_TIMER = 'incidents.auto-close';

const ENDS_WAIT = new Set<string>([INCIDENT_EVENTS.reopened, INCIDENT_EVENTS.closed, INCIDENT_EVENTS.cancelled]);

/**
 * Keeps one quiet-period timer per resolved incident (timer id = incident id): scheduled when it is
 * resolved, moved when it is resolved again, cancelled when it is reopened, closed or cancelled. It
 * follows the published events rather than the command handler, so that the store stays the only write
 * of a command and a crash between the two cannot lose the timer.
 */
export class AutoCloseScheduling {
  readonly name = 'incidents.auto-close';
  readonly topics = [TOPICS.incidents];

  constructor(private readonly scheduler: Scheduler) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    if (event.type === INCIDENT_EVENTS.resolved) {
      const data = event.data as IncidentResolvedV1;
      await this.scheduler.schedule({
        id: data.incidentId,
        tenantId: event.tenantid,
        kind: AUTO_CLOSE_TIMER,
        dueAt: new Date(data.autoCloseDueAt),
        payload: { incidentId: data.incidentId },
      });
    } else if (ENDS_WAIT.has(event.type)) {
      await this.scheduler.cancel(event.tenantid, event.subject);
    }
  }
}

/** The timer's handler: idempotent, since the decider ignores a close that is no longer due. */
export function autoCloseHandler(useCases: IncidentUseCases) {
  return (timer: Timer): Promise<void> => {
    const { incidentId } = timer.payload as { incidentId: string };
    return withCommandSpan(AUTO_CLOSE_TIMER, { 'deskstream.tenant': timer.tenantId, 'deskstream.incident': incidentId }, () =>
      useCases.closeAutomatically(timer.tenantId, incidentId, timer.id),
    );
  };
}
