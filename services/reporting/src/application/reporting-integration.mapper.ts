import { REPORTING_EVENTS, SOURCES, TOPICS, type ScheduledReportReadyV1 } from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { SavedQueryRan } from '../domain/saved-query.decider';
import { SAVED_QUERY_CATEGORY } from './reporting-streams';

/** A scheduled run of a saved query, on the reporting topic keyed by saved query id: the notification service mails its CSV. */
export const reportingIntegrationMapper: IntegrationEventMapper = {
  categories: [SAVED_QUERY_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    if (event.type !== 'SavedQueryRan') return [];
    const { id, name, every, recipients, from, to, csv, rows, at } = (event as unknown as SavedQueryRan).data;
    const data: ScheduledReportReadyV1 = { savedQueryId: id, name, every, from, to, recipients, filename: `${id}-${to.slice(0, 10)}.csv`, csv, rows, at };
    return [
      {
        topic: TOPICS.reporting,
        key: id,
        event: toCloudEvent(event, { source: SOURCES.reporting, type: REPORTING_EVENTS.scheduledReportReady, subject: id, data }),
      },
    ];
  },
};
