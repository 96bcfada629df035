import { SCHEDULER } from '@deskstream/platform';
import type { Scheduler } from '@deskstream/scheduling';
import { startReportingApp, type ReportingTestApp } from './reporting-http-test-kit';

const PATH = '/reporting/saved-queries';
const weekly = (id: string) => ({
  id,
  name: `Weekly ${id}`,
  metrics: ['volume'],
  groupBy: ['priority'],
  schedule: { every: 'weekly', recipients: ['analyst'] },
});

describe('saved queries listed and deleted (real HTTP, SQLite)', () => {
  let app: ReportingTestApp;
  const listed = (tenant: string, query = '') => app.as(tenant, 'analyst').get(`${PATH}${query}`);
  const idsOf = (body: { items?: Record<string, unknown>[] }) => body.items!.map((item) => item.id);

  beforeAll(async () => {
    app = await startReportingApp();
    for (const id of ['c-volume', 'a-volume', 'b-volume']) expect((await app.as('acme', 'analyst').post(PATH, weekly(id))).status).toBe(201);
    expect((await app.as('globex', 'analyst').post(PATH, weekly('globex-volume'))).status).toBe(201);
  });

  afterAll(() => app.close());

  it("lists the tenant's saved queries in id order, shaped as the detail, a page at a time", async () => {
    const all = await app.eventually(
      () => listed('acme', '?count=true'),
      (r) => r.body.items?.length === 3,
    );
    expect(idsOf(all.body)).toEqual(['a-volume', 'b-volume', 'c-volume']);
    expect(all.body).toMatchObject({ nextCursor: null, total: 3 });
    const detail = await app.as('acme', 'analyst').get(`${PATH}/a-volume`);
    expect(all.body.items![0]).toEqual(detail.body);
    expect(detail.body).toMatchObject({ schedule: { every: 'weekly', at: '06:00' }, runs: 0, lastRunFor: null });
    expect(typeof detail.body.nextRunAt).toBe('string');

    const first = await listed('acme', '?limit=2');
    expect(idsOf(first.body)).toEqual(['a-volume', 'b-volume']);
    const second = await listed('acme', `?limit=2&cursor=${String(first.body.nextCursor)}`);
    expect([idsOf(second.body), second.body.nextCursor]).toEqual([['c-volume'], null]);
  });

  it("never lists another tenant's saved queries", async () => {
    const globex = await app.eventually(
      () => listed('globex'),
      (r) => r.body.items?.length === 1,
    );
    expect(idsOf(globex.body)).toEqual(['globex-volume']);
    expect(JSON.stringify((await listed('acme')).body)).not.toContain('globex');
  });

  it('refuses a bad page request naming each parameter', async () => {
    const bad = await listed('acme', '?limit=0&count=maybe&cursor=%20');
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['count', 'cursor', 'limit']);
  });

  it('deletes a saved query: gone from the detail and the list, its schedule cancelled; deleting it again is 404', async () => {
    const deleted = await app.as('acme', 'analyst').delete(`${PATH}/b-volume`);
    expect(deleted.status).toBe(204);
    expect((await app.as('acme', 'analyst').get(`${PATH}/b-volume`)).status).toBe(404);
    await app.eventually(
      () => listed('acme'),
      (r) => JSON.stringify(idsOf(r.body)) === JSON.stringify(['a-volume', 'c-volume']),
    );
    const timers = await app.app.get<Scheduler>(SCHEDULER).pending('acme');
    expect(timers.map((timer) => (timer.payload as { id: string }).id).sort()).toEqual(['a-volume', 'c-volume']);
    const again = await app.as('acme', 'analyst').delete(`${PATH}/b-volume`);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ type: 'urn:deskstream:problem:not-found' });
  });

  it("answers 404 for another tenant's saved query and leaves it where it is", async () => {
    const theirs = await app.as('acme', 'analyst').delete(`${PATH}/globex-volume`);
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.as('globex', 'analyst').get(`${PATH}/globex-volume`)).status).toBe(200);
  });

  it('is refused (403) to roles that do not read reports, as the other saved-query routes are', async () => {
    expect((await app.as('acme', 'requester').get(PATH)).status).toBe(403);
    expect((await app.as('acme', 'requester').delete(`${PATH}/a-volume`)).status).toBe(403);
    expect((await app.as('acme', 'analyst').get(`${PATH}/a-volume`)).status).toBe(200);
  });
});
