import { INCIDENT_EVENTS, TOPICS } from '@deskstream/contracts';
import { SqliteCheckpointStore } from '@deskstream/sqlite';
import { ProjectionRunner } from '@deskstream/readmodels';
import type { DeliveredMessage } from '@deskstream/messaging';
import { AUTO_CLOSE_TIMER, AutoCloseScheduling, autoCloseHandler } from './incident-auto-close';
import { incidentIntegrationMapper } from './incident-integration.mapper';
import { incidentQueueProjection, myIncidentsProjection } from './incident-queue.projection';
import { ALICE, as, GLOBEX_AGENT, incidentTestKit, RITA } from './incident-test-kit';

describe('incident read models, integration events and auto-close', () => {
  let kit: ReturnType<typeof incidentTestKit>;
  let runners: ProjectionRunner[];
  beforeEach(async () => {
    kit = incidentTestKit();
    const checkpoints = new SqliteCheckpointStore(kit.db);
    runners = [incidentQueueProjection, myIncidentsProjection].map(
      (projection) => new ProjectionRunner({ store: kit.store, documents: kit.documents, checkpoints, projection }),
    );
    await Promise.all(runners.map((r) => r.start()));
  });
  afterEach(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await kit.close();
  });
  const caughtUp = () => Promise.all(runners.map((r) => r.caughtUp()));

  it('the queue sorts by priority, then oldest first; filters and text search work; my tickets are mine', async () => {
    const low = await kit.useCases.open(as(RITA), { channel: 'portal', shortDescription: 'Printer jam', description: 'Tray 2 on floor 3' });
    kit.clock.advance(1000);
    const high = await kit.useCases.open(as(ALICE), {
      channel: 'phone',
      caller: 'rob',
      shortDescription: 'VPN down',
      description: 'No remote access',
      impact: 1,
      urgency: 1,
    });
    kit.clock.advance(1000);
    const lowLater = await kit.useCases.open(as(ALICE), {
      channel: 'email',
      caller: 'rob',
      shortDescription: 'Mouse broken',
      description: 'PRINTER unrelated',
    });
    await kit.useCases.open(as(GLOBEX_AGENT), { channel: 'portal', shortDescription: 'Printer jam', description: 'globex' });
    await kit.useCases.act(as(ALICE), low.id, 'assign', { group: 'field', assignee: 'alice' });
    await caughtUp();

    const queue = await kit.queries.list(ALICE, {});
    expect(queue.items.map((i) => i.reference)).toEqual([high.reference, low.reference, lowLater.reference]);
    expect(queue.items[0]).not.toHaveProperty('state');
    expect((await kit.queries.list(ALICE, { group: ['field'] })).items.map((i) => i.id)).toEqual([low.id]);
    expect((await kit.queries.list(ALICE, { priority: ['P1'], channel: ['phone'] })).items.map((i) => i.id)).toEqual([high.id]);
    expect((await kit.queries.list(ALICE, { priority: ['P1', 'P5'], count: true })).total).toBe(3);
    expect((await kit.queries.list(ALICE, { sort: '-reference' })).items.map((i) => i.reference)).toEqual(
      [high.reference, low.reference, lowLater.reference].sort().reverse(),
    );
    expect((await kit.queries.list(ALICE, { q: 'printer' })).items.map((i) => i.id)).toEqual([low.id, lowLater.id]);
    const firstPage = await kit.queries.list(ALICE, { limit: 2 });
    const secondPage = await kit.queries.list(ALICE, { limit: 2, cursor: firstPage.nextCursor! });
    expect(secondPage.items.map((i) => i.id)).toEqual([lowLater.id]);
    expect((await kit.queries.list(RITA, {})).items.map((i) => i.id)).toEqual([low.id]);
  });

  it('maps every committed event to a versioned CloudEvent keyed by incident, without internal note text', async () => {
    const { id } = await kit.useCases.open(as(RITA), { channel: 'portal', shortDescription: 's', description: 'd' });
    await kit.useCases.act(as(ALICE), id, 'note', { visibility: 'internal', text: 'secret', minutes: 5 });
    const messages = (await kit.store.readAll()).filter((e) => e.streamId.startsWith('incident-')).flatMap((e) => incidentIntegrationMapper.map(e));
    expect(messages.map((m) => [m.topic, m.key, m.event.type, m.event.tenantid])).toEqual([
      [TOPICS.incidents, id, INCIDENT_EVENTS.opened, 'acme'],
      [TOPICS.incidents, id, INCIDENT_EVENTS.workLogged, 'acme'],
    ]);
    expect(messages[1]!.event.data).toMatchObject({ minutes: 5, comment: null, by: 'alice' });
    expect(JSON.stringify(messages[1])).not.toContain('secret');
  });

  it('schedules auto-close on resolution and closes once, after the quiet period', async () => {
    const { id } = await kit.useCases.open(as(RITA), { channel: 'portal', shortDescription: 's', description: 'd' });
    await kit.useCases.act(as(ALICE), id, 'assign', { group: 'g', assignee: 'alice' });
    await kit.useCases.act(as(ALICE), id, 'start', {});
    await kit.useCases.act(as(ALICE), id, 'resolve', { closingCategory: 'software', notes: 'n' });
    const scheduling = new AutoCloseScheduling(kit.scheduler);
    for (const event of (await kit.queries.events('acme', id)).flatMap((e) => incidentIntegrationMapper.map(e))) {
      await scheduling.handle({ ...event, partition: 0, offset: 0, headers: {} } as DeliveredMessage);
    }
    const [timer] = await kit.scheduler.pending('acme');
    expect(timer).toMatchObject({ id, kind: AUTO_CLOSE_TIMER, dueAt: new Date(Date.parse(kit.clock.now().toISOString()) + 3 * 86_400_000) });
    const handle = autoCloseHandler(kit.useCases);
    await handle(timer!);
    expect((await kit.queries.view(ALICE, id)).status).toBe('resolved');
    kit.clock.advance(3 * 86_400_000);
    expect(await kit.scheduler.runDue(kit.clock.now(), handle)).toBe(1);
    await handle(timer!);
    const events = await kit.queries.events('acme', id);
    expect(events.filter((e) => e.type === 'IncidentClosed')).toHaveLength(1);
    expect(events.at(-1)!.metadata.causationId).toBe(`timer:${id}`);
  });
});
