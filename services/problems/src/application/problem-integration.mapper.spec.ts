import { PROBLEM_EVENTS, TOPICS } from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { problemIntegrationMapper } from './problem-integration.mapper';

const recorded = (type: string, data: object, revision = 0): RecordedEvent => ({
  eventId: `evt-${revision}`,
  streamId: 'problem-acme.prb-1',
  revision,
  position: 10 + revision,
  type,
  data,
  metadata: { tenantId: 'acme', actor: 'parker', correlationId: 'c-1', causationId: 'c-1', occurredAt: '2026-01-05T09:00:00.000Z', schemaVersion: 1 },
});
const stamp = { by: 'parker', at: '2026-01-05T09:00:00.000Z' };

describe('problem events as integration events', () => {
  it('a link becomes incident-linked on the problems topic, keyed by problem, with the tenant', () => {
    const [message, ...rest] = problemIntegrationMapper.map(recorded('IncidentLinked', { incidentId: 'inc-1', problemReference: 'PRB0001001', ...stamp }));
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      topic: TOPICS.problems,
      key: 'prb-1',
      event: { id: 'evt-0', type: PROBLEM_EVENTS.incidentLinked, tenantid: 'acme', source: '/deskstream/problems' },
    });
    expect(message!.event.data).toEqual({ problemId: 'prb-1', problemReference: 'PRB0001001', incidentId: 'inc-1', ...stamp });
  });

  it('a resolution is a status change with its code; tasks, worksheets and timeline entries stay internal', () => {
    const [resolved] = problemIntegrationMapper.map(
      recorded('ProblemResolved', { code: 'risk-accepted', notes: 'internal reasoning', masterProblemId: null, ...stamp }),
    );
    expect(resolved!.event.data).toEqual({ problemId: 'prb-1', status: 'resolved', resolutionCode: 'risk-accepted', masterProblemId: null, ...stamp });
    for (const type of ['ProblemTaskAdded', 'KepnerTregoeUpdated', 'FiveWhysUpdated', 'TimelineEntryAdded', 'ProblemConfirmed']) {
      expect([type, problemIntegrationMapper.map(recorded(type, { ...stamp }))]).toEqual([type, []]);
    }
  });

  it('a duplicate lets go of each of its incidents, every message with an id of its own that a republish repeats', () => {
    const event = recorded(
      'ProblemMarkedDuplicate',
      { problemReference: 'PRB0001001', masterProblemId: 'prb-9', masterReference: 'PRB0001009', movedIncidentIds: ['inc-1', 'inc-2'], ...stamp },
      3,
    );
    const messages = problemIntegrationMapper.map(event);
    expect(messages.map((m) => [m.event.type, m.event.id, (m.event.data as { incidentId: string }).incidentId])).toEqual([
      [PROBLEM_EVENTS.incidentUnlinked, 'evt-3.0', 'inc-1'],
      [PROBLEM_EVENTS.incidentUnlinked, 'evt-3.1', 'inc-2'],
    ]);
    expect(problemIntegrationMapper.map(event).map((m) => m.event.id)).toEqual(['evt-3.0', 'evt-3.1']);
  });
});
