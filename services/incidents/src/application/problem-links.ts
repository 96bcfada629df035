import { commandHandler, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { PROBLEM_EVENTS, TOPICS, type ProblemCommunicatedV1, type ProblemIncidentLinkV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, withCommandSpan } from '@deskstream/platform';
import type { IncidentCommand } from '../domain/incident.commands';
import { incidentDecider } from '../domain/incident.decider';
import { INCIDENT_CATEGORY } from './incident-detail.projection';

/** The one command each incident named by a problems event is given, in the incident's own terms. */
function commandsOf(event: DeliveredMessage['event']): { incidentId: string; command: IncidentCommand }[] {
  switch (event.type) {
    case PROBLEM_EVENTS.incidentLinked: {
      const { incidentId, problemId, problemReference, by, at } = event.data as ProblemIncidentLinkV1;
      return [{ incidentId, command: { type: 'LinkProblem', data: { problemId, problemReference, by, at } } }];
    }
    case PROBLEM_EVENTS.incidentUnlinked: {
      const { incidentId, problemId, by, at } = event.data as ProblemIncidentLinkV1;
      return [{ incidentId, command: { type: 'UnlinkProblem', data: { problemId, by, at } } }];
    }
    case PROBLEM_EVENTS.communicated: {
      const { incidentIds, problemId, problemReference, comment, by, at } = event.data as ProblemCommunicatedV1;
      // One comment per message and incident: a message delivered again names the notes it added the first time.
      const noteId = `problem-comment-${event.id}`;
      return [...new Set(incidentIds)].map((incidentId) => ({
        incidentId,
        command: { type: 'AddProblemComment', data: { noteId, problemId, problemReference, comment, by, at } },
      }));
    }
    default:
      return [];
  }
}

/**
 * The incidents side of the problems service's links, behind this consumer's inbox: a link or unlink
 * sets the incident's related problem, a communication adds its public comment to each open incident
 * it names. The incident decider decides each; streams are the tenant's own, so another tenant's
 * incident with the same id is never touched. Keys are problem ids: one problem's messages stay in order.
 */
export class ProblemLinks {
  readonly name = 'incidents.problem-links';
  readonly topics = [TOPICS.problems];
  private readonly incidents;

  constructor(store: EventStore, clock: Clock, ids: IdGenerator) {
    this.incidents = commandHandler(incidentDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const commands = commandsOf(event);
    if (commands.length === 0) return;
    const context: CommandContext = messageCommandContext(event, 'system:problems');
    await withCommandSpan('incidents problem-links', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      for (const { incidentId, command } of commands) {
        await this.incidents.handle(streamName(INCIDENT_CATEGORY, event.tenantid, incidentId), command, context);
      }
    });
  }
}
