import { recordedAs, type RecordedOf } from '@deskstream/readmodels';
import type { ProblemEvent } from '../domain/problem.events';
import type { KnownIncident } from './incident-activity.projection';
import { incidentEntries, mergeTimeline, problemEntries } from './problem-timeline';

/** A stored problem event, written loosely as the store hands it over. */
const event = (type: string, data: object, occurredAt: string): RecordedOf<ProblemEvent> =>
  recordedAs<ProblemEvent>([
    {
      eventId: type,
      streamId: 'problem-acme.prb-1',
      revision: 0,
      position: 0,
      type,
      data,
      metadata: { tenantId: 'acme', actor: 'parker', correlationId: 'c', causationId: 'c', occurredAt, schemaVersion: 1 },
    },
  ])[0]!;

const incident = (timeline: KnownIncident['timeline']): KnownIncident => ({
  id: 'inc-1',
  tenantId: 'acme',
  position: 1,
  reference: 'INC0001001',
  shortDescription: 'x',
  service: null,
  configurationItem: null,
  category: null,
  priority: null,
  status: 'new',
  openedAt: null,
  timeline,
  updatedAt: '2026-01-05T09:00:00.000Z',
});

describe('the problem timeline', () => {
  it("puts an analyst's entry at the time it happened, not when it was typed in", () => {
    const [entry] = problemEntries([
      event(
        'TimelineEntryAdded',
        {
          entryId: 'e',
          kind: 'deployment',
          text: 'relay 4.1',
          source: 'ci',
          happenedAt: '2026-01-04T22:00:00.000Z',
          by: 'parker',
          at: '2026-01-05T10:00:00.000Z',
        },
        '2026-01-05T10:00:00.000Z',
      ),
    ]);
    expect(entry).toEqual({ at: '2026-01-04T22:00:00.000Z', source: 'analyst', kind: 'deployment', summary: 'relay 4.1', by: 'parker', origin: 'ci' });
  });

  it('merges every source in time order; entries at the same moment keep the order of their sources', () => {
    const problem = problemEntries([
      event('ProblemRecorded', { reference: 'PRB0001001', shortDescription: 'mail', priority: 'P2', origin: 'manual' }, '2026-01-05T09:30:00.000Z'),
    ]);
    const incidents = incidentEntries(
      incident([
        { at: '2026-01-05T09:00:00.000Z', kind: 'opened', summary: 'Opened', by: 'agent' },
        { at: '2026-01-05T09:30:00.000Z', kind: 'assigned', summary: 'Assigned', by: 'agent' },
        { at: '2026-01-05T10:00:00.000Z', kind: 'resolved', summary: 'Resolved', by: 'agent' },
      ]),
    );
    const merged = mergeTimeline([problem, incidents]);
    expect(merged.map((e) => `${e.source}:${e.kind}`)).toEqual(['incident:opened', 'problem:recorded', 'incident:assigned', 'incident:resolved']);
    expect(merged[0]).toMatchObject({ incidentId: 'inc-1', incidentReference: 'INC0001001' });
  });
});
