import { SCHEDULER } from '@deskstream/platform';
import type { Scheduler } from '@deskstream/scheduling';
import { startIncidentsApp } from './incidents-http-test-kit';

const mailDown = { channel: 'portal', shortDescription: 'Cannot send mail', description: 'Outlook says the mail server is unavailable' };

describe('incidents over HTTP: tenants, roles, major incidents, closure', () => {
  let kit: Awaited<ReturnType<typeof startIncidentsApp>>;
  beforeAll(async () => (kit = await startIncidentsApp()));
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const requester = () => kit.as('acme', 'requester');

  it('keeps tenants apart: globex gets 404 for acme ids and references, and its own sequence', async () => {
    const acme = await agent().post('/incidents', mailDown);
    const globex = kit.as('globex', 'agent');
    expect((await globex.get(`/incidents/${acme.body.id}`)).status).toBe(404);
    expect((await globex.get(`/incidents/${acme.body.reference}`)).status).toBe(404);
    expect((await globex.post(`/incidents/${acme.body.id}/assign`, { group: 'x' })).status).toBe(404);
    expect((await globex.post('/incidents', mailDown)).body.reference).toBe('INC0001001');
    const queue = await kit.eventually(
      () => globex.get('/incidents'),
      (r) => r.body.items!.length === 1,
    );
    expect(queue.body.items!.every((i) => i.id !== acme.body.id)).toBe(true);
  });

  it('a requester sees and comments on their own tickets only, and does not work them', async () => {
    const own = await requester().post('/incidents', { ...mailDown, caller: 'someone-else' });
    expect(own.status).toBe(201);
    const theirs = await agent().post('/incidents', { ...mailDown, caller: 'resolver' });
    expect((await requester().get(`/incidents/${own.body.id}`)).body.caller).toBe('requester');
    expect((await requester().get(`/incidents/${theirs.body.id}`)).status).toBe(404);
    expect((await requester().post(`/incidents/${theirs.body.id}/note`, { visibility: 'public', text: 'hi' })).status).toBe(404);
    expect((await requester().post(`/incidents/${own.body.id}/note`, { visibility: 'public', text: 'any news?' })).status).toBe(200);
    expect((await requester().post(`/incidents/${own.body.id}/note`, { visibility: 'internal', text: 'x' })).status).toBe(403);
    const deskFields = await requester().post(`/incidents/${own.body.id}/note`, {
      visibility: 'public',
      text: 'fixed?',
      minutes: 600,
      failedAttempt: true,
      relatedProblem: 'PRB0001001',
    });
    expect(deskFields.status).toBe(400);
    expect((deskFields.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['minutes', 'failedAttempt', 'relatedProblem']);
    expect((await requester().post(`/incidents/${own.body.id}/assign`, { group: 'x' })).status).toBe(403);
    await agent().post(`/incidents/${own.body.id}/note`, { visibility: 'internal', text: 'desk only' });
    const seen = await requester().get(`/incidents/${own.body.id}`);
    expect((seen.body.notes as { text: string }[]).map((n) => n.text)).toEqual(['any news?']);
    expect((await agent().get(`/incidents/${own.body.id}`)).body).toMatchObject({ minutesLogged: 0, failedAttempts: 0 });
    const mine = await kit.eventually(
      () => requester().get('/incidents'),
      (r) => r.body.items!.some((i) => i.id === own.body.id),
    );
    expect(mine.body.items!.every((i) => i.caller === 'requester')).toBe(true);
  });

  it('the caller rejects a resolution (reopen), then rates 1..5 once it is resolved again', async () => {
    const { body } = await requester().post('/incidents', mailDown);
    const id = String(body.id);
    await agent().post(`/incidents/${id}/assign`, { group: 'desk', assignee: 'agent' });
    await agent().post(`/incidents/${id}/start`);
    await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'software', notes: 'cache cleared' });
    const rejected = await requester().post(`/incidents/${id}/reject-resolution`, { reason: 'still broken' });
    expect(rejected.body).toMatchObject({ status: 'in-progress' });
    await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'software', notes: 'profile rebuilt' });
    const tooHigh = await requester().post(`/incidents/${id}/feedback`, { rating: 6 });
    expect(tooHigh.status).toBe(400);
    expect((tooHigh.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['rating']);
    expect((await agent().post(`/incidents/${id}/feedback`, { rating: 5 })).status).toBe(403);
    expect((await requester().post(`/incidents/${id}/feedback`, { rating: 4, comment: 'second time lucky' })).status).toBe(200);
    const record = await agent().get(`/incidents/${id}`);
    expect(record.body).toMatchObject({ reopenCount: 1, satisfaction: { rating: 4, comment: 'second time lucky' } });
  });

  it('schedules the quiet-period timer from the published resolution; the timer does nothing before it is due', async () => {
    const { body } = await agent().post('/incidents', mailDown);
    const id = String(body.id);
    await agent().post(`/incidents/${id}/assign`, { group: 'desk', assignee: 'agent' });
    await agent().post(`/incidents/${id}/start`);
    await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'software', notes: 'fixed' });
    const scheduler = kit.app.get<Scheduler>(SCHEDULER);
    const [timer] = await kit.eventually(
      () => scheduler.pending('acme'),
      (timers) => timers.some((t) => t.id === id),
    );
    expect(timer!.kind).toBe('incidents.auto-close');
    expect(timer!.dueAt.getTime() - Date.now()).toBeGreaterThan(2.9 * 86_400_000);
    const { ServiceContributions } = await import('@deskstream/platform');
    const handler = kit.app.get(ServiceContributions).timerHandlers.get('incidents.auto-close')!;
    await handler(timer!);
    expect((await agent().get(`/incidents/${id}`)).body.status).toBe('resolved');
  });

  it('runs the major-incident process: manager, updates, child resolved with master, review before closing', async () => {
    const master = await agent().post('/incidents', { ...mailDown, impact: 1, urgency: 1 });
    const child = await requester().post('/incidents', mailDown);
    const id = String(master.body.id);
    await agent().post(`/incidents/${id}/assign`, { group: 'mail', assignee: 'agent' });
    await agent().post(`/incidents/${id}/start`);
    expect((await agent().post(`/incidents/${id}/declare-major`, { manager: 'resolver', reason: 'all mail down' })).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/stakeholder-update`, { audience: 'all staff', message: 'on it' })).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/link-child`, { child: child.body.reference })).status).toBe(200);
    await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'network', notes: 'certificate renewed' });
    expect((await requester().get(`/incidents/${child.body.id}`)).body).toMatchObject({
      status: 'resolved',
      masterIncident: { id, reference: master.body.reference },
    });
    expect((await agent().get(`/incidents/${id}`)).body.major).toMatchObject({ childIncidents: [{ id: child.body.id, reference: child.body.reference }] });
    const early = await agent().post(`/incidents/${id}/close`);
    expect(early.status).toBe(409);
    expect(early.body.allowedActions).toContain('post-incident-review');
    const badReview = await agent().post(`/incidents/${id}/post-incident-review`, { whatWentWrong: 'cert expired', actions: [{ description: 'monitor' }] });
    expect(badReview.status).toBe(400);
    expect(JSON.stringify(badReview.body.errors)).toContain('actions.0.owner');
    const review = {
      whatWentWrong: 'cert expired',
      timeline: [{ at: '2026-01-05T09:00:00Z', entry: 'first call' }],
      actions: [{ description: 'monitor expiry', owner: 'resolver' }],
    };
    expect((await agent().post(`/incidents/${id}/post-incident-review`, review)).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/close`)).body.status).toBe('closed');
  });

  it('lets the tenant admin change settings, and only them', async () => {
    expect((await agent().put('/incident-settings', { quietPeriodDays: 5 })).status).toBe(403);
    const admin = kit.as('globex', 'tenant-admin');
    const changed = await admin.put('/incident-settings', {
      closingCategories: ['fixed'],
      priorityMatrix: [
        ['P1', 'P1', 'P1'],
        ['P2', 'P2', 'P2'],
        ['P3', 'P3', 'P3'],
      ],
    });
    expect([changed.status, changed.body.errors]).toEqual([200, undefined]);
    expect((await admin.put('/incident-settings', { priorityMatrix: [['P1'], ['P2'], ['P9']] })).status).toBe(400);
    const opened = await kit.as('globex', 'agent').post('/incidents', { ...mailDown, impact: 1, urgency: 3 });
    expect(opened.body.priority).toBe('P1');
    expect((await agent().get('/incident-settings')).body.closingCategories).toContain('software');
  });
});
