import type { CheckpointStore, EventStore } from '@deskstream/kernel';
import { CHECKPOINT_STORE, DOCUMENT_STORE, EVENT_STORE } from '@deskstream/platform';
import { projectionOf, rebuildProjection, type DocumentStore, type RebuildProgress, type StoredDocument } from '@deskstream/readmodels';
import type { TicketActivityObserved } from '../domain/ticket-activity.events';
import { startReportingApp, type ReportingTestApp } from '../http/reporting-http-test-kit';
import { TICKET_ACTIVITY_CATEGORY } from './reporting-streams';
import { TICKET_FACTS_COLLECTION, ticketFactsProjection } from './ticket-facts.projection';

interface DailyChannelVolume extends StoredDocument {
  readonly day: string;
  readonly channel: string;
  readonly opened: number;
}

/** A metric added after the history exists: tickets opened per day and channel. */
const dailyChannelVolume = projectionOf<TicketActivityObserved, DailyChannelVolume>({
  name: 'reporting.daily-channel-volume.v1',
  collection: 'reporting-daily-channel-volume',
  categories: [TICKET_ACTIVITY_CATEGORY],
  handles: ['TicketActivityObserved'],
  documentId: (event) => (event.data.change.kind === 'opened' ? `${event.data.at.slice(0, 10)}:${event.data.change.channel}` : 'ignored'),
  apply: (doc, event) => {
    const { change, at } = event.data;
    if (change.kind !== 'opened') return doc;
    return { id: '', tenantId: '', position: 0, day: at.slice(0, 10), channel: change.channel ?? 'none', opened: (doc?.opened ?? 0) + 1 };
  },
});

describe('a reporting projection added after the events exist (real SQLite store)', () => {
  let app: ReportingTestApp;
  const TICKETS = 40;

  beforeAll(async () => {
    app = await startReportingApp();
    for (let i = 0; i < TICKETS; i += 1) {
      const day = i < 30 ? '2026-03-02' : '2026-03-03';
      await app.opened('acme', `inc-${i}`, `INC-${i}`, `${day}T09:${String(i % 60).padStart(2, '0')}:00.000Z`, { channel: i % 4 === 0 ? 'email' : 'phone' });
      if (i % 2 === 0) await app.resolved('acme', `inc-${i}`, `${day}T12:00:00.000Z`);
    }
    await app.eventually(
      () => app.as('acme', 'analyst').get('/reporting/tickets?limit=500'),
      (r) => r.body.items?.filter((t) => t.resolvedAt).length === TICKETS / 2,
    );
  });

  afterAll(() => app.close());

  const ports = () => ({
    store: app.app.get<EventStore>(EVENT_STORE),
    documents: app.app.get<DocumentStore>(DOCUMENT_STORE),
    checkpoints: app.app.get<CheckpointStore>(CHECKPOINT_STORE),
  });

  it('is rebuilt from the first event with progress, swapped in, and complete from day one', async () => {
    const progress: RebuildProgress[] = [];
    const result = await rebuildProjection({ ...ports(), projection: dailyChannelVolume, batchSize: 10, onProgress: (p) => void progress.push(p) });
    expect(result.events).toBe(TICKETS + TICKETS / 2);
    expect(progress.at(-1)).toMatchObject({ projection: 'reporting.daily-channel-volume.v1', finished: true, events: TICKETS + TICKETS / 2 });
    expect(progress.filter((p) => !p.finished).length).toBeGreaterThan(1);

    const volumes = await ports()
      .documents.collection<DailyChannelVolume>('reporting-daily-channel-volume')
      .find('acme', { sort: [{ field: 'day', direction: 'asc' }] });
    expect(volumes.items.filter((v) => v.id !== 'ignored').map(({ day, channel, opened }) => ({ day, channel, opened }))).toEqual([
      { day: '2026-03-02', channel: 'email', opened: 8 },
      { day: '2026-03-02', channel: 'phone', opened: 22 },
      { day: '2026-03-03', channel: 'email', opened: 2 },
      { day: '2026-03-03', channel: 'phone', opened: 8 },
    ]);
  });

  it('rebuilds the ticket facts into the same documents the live projection wrote', async () => {
    const facts = ports().documents.collection(TICKET_FACTS_COLLECTION);
    const before = await facts.find('acme', { limit: 500 });
    await rebuildProjection({ ...ports(), projection: ticketFactsProjection });
    const after = await facts.find('acme', { limit: 500 });
    expect(after.items).toHaveLength(TICKETS);
    expect(after.items).toEqual(before.items);
  });
});
