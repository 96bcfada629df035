import { commandHandler, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { INCIDENT_EVENTS, TOPICS, type IncidentClassifiedV1, type IncidentOpenedV1, type IncidentWorkLoggedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { withCommandSpan } from '@deskstream/platform';
import { incidentActivityDecider } from '../domain/incident-activity.decider';
import { observeCommand } from './incident-activity.mapper';
import { incidentActivityStream } from './problem-streams';
import type { ProblemUseCases } from './problem-use-cases';
import type { TrendDetection } from './trend-detection';

const ACTOR = 'system:problems';

/**
 * The problems service's consumer of incident events, behind the inbox: records each event in the
 * problems service's own stream for that incident (linked-incident lists and timelines come from
 * there), feeds the trend detector as incidents are opened and classified, and counts workaround uses.
 * Every step is idempotent, because the inbox records a message only after its effect.
 */
export class IncidentFeed {
  readonly name = 'problems.incident-events';
  readonly topics = [TOPICS.incidents];
  private readonly activities;

  constructor(
    store: EventStore,
    clock: Clock,
    ids: IdGenerator,
    private readonly detection: TrendDetection,
    private readonly problems: ProblemUseCases,
  ) {
    this.activities = commandHandler(incidentActivityDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const command = observeCommand(event);
    if (!command) return;
    const context: CommandContext = { tenantId: event.tenantid, actor: ACTOR, correlationId: event.correlationid, causationId: event.id };
    await withCommandSpan('problems incident-feed', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      const { state } = await this.activities.handle(incidentActivityStream(event.tenantid, command.data.incidentId), command, context);
      if (state.status === 'unknown') return;
      switch (event.type) {
        case INCIDENT_EVENTS.opened:
          return this.detection.opened(context, event.data as IncidentOpenedV1);
        case INCIDENT_EVENTS.classified:
          return this.detection.classified(context, event.data as IncidentClassifiedV1, state);
        case INCIDENT_EVENTS.majorIncidentDeclared:
          return this.detection.majorDeclared(context, state, command.data.at);
        case INCIDENT_EVENTS.workLogged: {
          const { relatedProblem, incidentId, at } = event.data as IncidentWorkLoggedV1;
          if (relatedProblem) await this.problems.recordWorkaroundUse(context, relatedProblem, incidentId, at);
          return;
        }
      }
    });
  }
}
