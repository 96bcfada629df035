import { commandHandler, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { INCIDENT_EVENTS, TOPICS, type IncidentClassifiedV1, type IncidentOpenedV1, type IncidentWorkLoggedV1 } from '@deskstream/contracts';
import type { CloudEvent, DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { incidentActivityDecider } from '../domain/incident-activity.decider';
import { observeCommand } from './incident-activity.mapper';
import { incidentActivityStream } from './problem-streams';
import type { ProblemUseCases } from './problem-use-cases';
import type { TrendDetection } from './trend-detection';

const ACTOR = 'system:problems';

const contextOf = (event: CloudEvent): CommandContext => messageCommandContext(event, ACTOR);

/**
 * Records each incident event in the problems service's own stream for that incident (linked-incident
 * lists and timelines come from there) and counts workaround uses. Behind the inbox; idempotent at
 * every step, because the inbox records a message only after its effect.
 */
export class IncidentActivityFeed {
  readonly name = 'problems.incident-activity';
  readonly topics = [TOPICS.incidents];
  private readonly activities;

  constructor(
    store: EventStore,
    clock: Clock,
    ids: IdGenerator,
    private readonly problems: ProblemUseCases,
  ) {
    this.activities = commandHandler(incidentActivityDecider, { store, clock, ids });
  }

  async handle({ event }: DeliveredMessage): Promise<void> {
    const command = observeCommand(event);
    if (!command) return;
    const context = contextOf(event);
    await withCommandSpan('problems incident-activity', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      await this.activities.handle(incidentActivityStream(event.tenantid, command.data.incidentId), command, context);
      if (event.type === INCIDENT_EVENTS.workLogged) {
        const { relatedProblem, incidentId, at } = event.data as IncidentWorkLoggedV1;
        if (relatedProblem) await this.problems.recordWorkaroundUse(context, relatedProblem, incidentId, at);
      }
    });
  }
}

/**
 * The trend detector's consumer: a consumer group of its own, so detection keeps pace with incident
 * creation independently of the activity record. Only openings, classifications and major incidents
 * concern it; everything else is acknowledged at once.
 */
export class TrendFeed {
  readonly name = 'problems.trend-detection';
  readonly topics = [TOPICS.incidents];

  constructor(private readonly detection: TrendDetection) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    const context = contextOf(event);
    switch (event.type) {
      case INCIDENT_EVENTS.opened:
        return this.detection.opened(context, event.data as IncidentOpenedV1);
      case INCIDENT_EVENTS.classified:
        return this.detection.classified(context, event.data as IncidentClassifiedV1);
      case INCIDENT_EVENTS.majorIncidentDeclared:
        return this.detection.majorDeclared(context, (event.data as { incidentId: string; at: string }).incidentId, (event.data as { at: string }).at);
    }
  }
}
