import type { RecordedOf } from '@deskstream/readmodels';
import type { KnownIncident } from './incident-activity.projection';
import type { ProblemEvent } from '../domain/problem.events';

export interface TimelineEntry {
  readonly at: string;
  /** The problem's own record, an incident's record, or an entry an analyst added from another source. */
  readonly source: 'problem' | 'incident' | 'analyst';
  readonly kind: string;
  readonly summary: string;
  readonly by: string;
  readonly incidentId?: string;
  readonly incidentReference?: string | null;
  /** Where an analyst's entry comes from (a log, a change record, a pipeline). */
  readonly origin?: string;
}

/** Names an incident by its reference where the problems service knows it. */
export type ReferenceOf = (incidentId: string) => string;

/** One line per problem event, in the words of the record. */
function summaryOf(event: ProblemEvent, referenceOf: ReferenceOf): { kind: string; summary: string } {
  switch (event.type) {
    case 'ProblemRecorded':
      return { kind: 'recorded', summary: `Recorded ${event.data.reference}: ${event.data.shortDescription} (${event.data.priority}, ${event.data.origin})` };
    case 'ProblemAssessed':
      return { kind: 'assessed', summary: `Assessed: ${event.data.priority}` };
    case 'ProblemResolved':
      return { kind: 'resolved', summary: `Resolved (${event.data.code}): ${event.data.notes}` };
    case 'WorkaroundRecorded':
      return { kind: 'workaround', summary: `Workaround v${event.data.version}: ${event.data.workaround}` };
    case 'RootCauseRecorded':
      return { kind: 'cause', summary: `Root cause v${event.data.version}: ${event.data.cause}` };
    case 'IncidentLinked':
      return { kind: 'incident-linked', summary: `Incident ${referenceOf(event.data.incidentId)} linked` };
    case 'IncidentUnlinked':
      return { kind: 'incident-unlinked', summary: `Incident ${referenceOf(event.data.incidentId)} unlinked` };
    case 'ProblemFixStarted':
      return { kind: 'fix-started', summary: `Fix started: ${event.data.plan}` };
    case 'ProblemReanalysed':
      return { kind: 'reanalysed', summary: `Re-analysed: ${event.data.reason}` };
    case 'ProblemCommunicated':
      return { kind: 'communicated', summary: `Told ${event.data.incidentIds.length} open incident(s): ${event.data.comment}` };
    case 'ProblemTaskAdded':
      return { kind: 'task', summary: `Task for ${event.data.assignee}: ${event.data.title}` };
    default:
      return { kind: event.type, summary: event.type.replace(/([a-z])([A-Z])/g, '$1 $2') };
  }
}

/** The problem's events; an analyst's entry stands at the time it happened, not when it was typed in. */
export function problemEntries(events: readonly RecordedOf<ProblemEvent>[], referenceOf: ReferenceOf = (id) => id): TimelineEntry[] {
  return events.map((event) => {
    if (event.type === 'TimelineEntryAdded') {
      const { happenedAt, kind, text, source, by } = event.data;
      return { at: happenedAt, source: 'analyst', kind, summary: text, by, origin: source };
    }
    return { at: event.metadata.occurredAt, source: 'problem', ...summaryOf(event, referenceOf), by: event.metadata.actor };
  });
}

export function incidentEntries(incident: KnownIncident): TimelineEntry[] {
  return incident.timeline.map(({ at, kind, summary, by }) => ({
    at,
    source: 'incident',
    kind,
    summary,
    by,
    incidentId: incident.id,
    incidentReference: incident.reference,
  }));
}

/** Every entry of every source in time order; entries at the same moment keep the order of their sources. */
export function mergeTimeline(sources: readonly (readonly TimelineEntry[])[]): TimelineEntry[] {
  return sources
    .flat()
    .map((entry, index) => ({ entry, time: Date.parse(entry.at), index }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ entry }) => entry);
}
