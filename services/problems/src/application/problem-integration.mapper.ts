import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import { PROBLEM_EVENTS, SOURCES, TOPICS, type ProblemIntegrationEvents, type ProblemStatusV1 } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { ProblemEvent } from '../domain/problem.events';
import { PROBLEM_CATEGORY } from './problem-streams';

type Published = { [T in keyof ProblemIntegrationEvents]: { type: T; data: ProblemIntegrationEvents[T] } }[keyof ProblemIntegrationEvents];

const STATUS_AFTER: Partial<Record<ProblemEvent['type'], ProblemStatusV1>> = {
  ProblemAssessed: 'assessed',
  ProblemAnalysisStarted: 'root-cause-analysis',
  ProblemFixStarted: 'fix-in-progress',
  ProblemResolved: 'resolved',
  ProblemClosed: 'closed',
  ProblemReanalysed: 'root-cause-analysis',
};

/** The public contracts for one domain event, field by field; worksheets, tasks and notes stay internal. */
function contractsFor(problemId: string, event: ProblemEvent): Published[] {
  const { by, at } = 'by' in event.data ? event.data : { by: 'system', at: event.data.at };
  const about = { problemId, by, at };
  const status = STATUS_AFTER[event.type];
  if (status) {
    const resolved = event.type === 'ProblemResolved' ? event.data : null;
    return [
      {
        type: PROBLEM_EVENTS.statusChanged,
        data: { ...about, status, resolutionCode: resolved?.code ?? null, masterProblemId: resolved?.masterProblemId ?? null },
      },
    ];
  }
  switch (event.type) {
    case 'ProblemRecorded': {
      const { reference, shortDescription, service, configurationItem, category, priority, origin } = event.data;
      return [{ type: PROBLEM_EVENTS.recorded, data: { ...about, reference, shortDescription, service, configurationItem, category, priority, origin } }];
    }
    case 'IncidentLinked':
    case 'IncidentUnlinked': {
      const type = event.type === 'IncidentLinked' ? PROBLEM_EVENTS.incidentLinked : PROBLEM_EVENTS.incidentUnlinked;
      return [{ type, data: { ...about, problemReference: event.data.problemReference, incidentId: event.data.incidentId } }];
    }
    // The duplicate lets go of its incidents; the master's own IncidentLinked events take them over.
    case 'ProblemMarkedDuplicate':
      return event.data.movedIncidentIds.map((incidentId) => ({
        type: PROBLEM_EVENTS.incidentUnlinked,
        data: { ...about, problemReference: event.data.problemReference, incidentId },
      }));
    case 'ProblemCommunicated': {
      const { problemReference, comment, incidentIds } = event.data;
      return [{ type: PROBLEM_EVENTS.communicated, data: { ...about, problemReference, comment, incidentIds } }];
    }
    case 'WorkaroundRecorded':
      return [{ type: PROBLEM_EVENTS.workaroundRecorded, data: { ...about, version: event.data.version, workaround: event.data.workaround } }];
    case 'KnownErrorArticleRequested': {
      const { problemReference, duplicateKey, shortDescription, cause, causeVersion, workaround, workaroundVersion } = event.data;
      return [
        {
          type: PROBLEM_EVENTS.knownErrorArticleRequested,
          data: { ...about, problemReference, duplicateKey, shortDescription, cause, causeVersion, workaround, workaroundVersion },
        },
      ];
    }
    default:
      return [];
  }
}

/** Problem events on the problems topic, keyed by problem. One domain event may publish several messages, each with its own id. */
export const problemIntegrationMapper: IntegrationEventMapper = {
  categories: [PROBLEM_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    const { id } = parseStreamName(event.streamId);
    const contracts = contractsFor(id, event as unknown as ProblemEvent);
    return contracts.map((contract, i) => {
      const cloudEvent = toCloudEvent(event, { source: SOURCES.problems, type: contract.type, subject: id, data: contract.data });
      return { topic: TOPICS.problems, key: id, event: contracts.length > 1 ? { ...cloudEvent, id: `${event.eventId}.${i}` } : cloudEvent };
    });
  },
};
