import { INCIDENT_EVENTS, TOPICS, type IncidentResolvedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE, withCommandSpan } from '@deskstream/platform';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import { autoCloseWorkflow, type QuietPeriodInput } from '../domain/auto-close.workflow';
import type { IncidentUseCases } from './incident-use-cases';

export const AUTO_CLOSE_TIMER = 'incidents.auto-close';

/** The published events the quiet period listens to, in the incident's terms; anything else is no input. */
function quietPeriodInput(type: string, data: unknown): QuietPeriodInput | null {
  const { incidentId } = data as { incidentId: string };
  switch (type) {
    case INCIDENT_EVENTS.resolved:
      return { type: 'IncidentResolved', data: { incidentId, autoCloseDueAt: (data as IncidentResolvedV1).autoCloseDueAt } };
    case INCIDENT_EVENTS.reopened:
      return { type: 'IncidentReopened', data: { incidentId } };
    case INCIDENT_EVENTS.closed:
      return { type: 'IncidentClosed', data: { incidentId } };
    case INCIDENT_EVENTS.cancelled:
      return { type: 'IncidentCancelled', data: { incidentId } };
    default:
      return null;
  }
}

/**
 * Keeps one quiet-period timer per resolved incident (timer id = incident id): scheduled when it is
 * resolved, moved when it is resolved again, cancelled when it is reopened, closed or cancelled. It
 * follows the published events rather than the command handler, so that the store stays the only write
 * of a command and a crash between the two cannot lose the timer.
 */
export class AutoCloseScheduling {
  readonly name = 'incidents.auto-close';
  readonly topics = [TOPICS.incidents];
  /** One timer per incident, keyed by it: incidents need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;

  constructor(private readonly scheduler: Scheduler) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const input = quietPeriodInput(event.type, event.data);
    if (!input) return;
    for (const command of autoCloseWorkflow.decide(input, null)) {
      const { incidentId } = command.data;
      if (command.type === 'ScheduleAutoClose') {
        const payload = { incidentId };
        await this.scheduler.schedule({ id: incidentId, tenantId: event.tenantid, kind: AUTO_CLOSE_TIMER, dueAt: new Date(command.data.dueAt), payload });
      } else {
        await this.scheduler.cancel(event.tenantid, incidentId);
      }
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
