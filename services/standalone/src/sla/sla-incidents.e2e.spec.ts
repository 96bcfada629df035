import { Module, type DynamicModule } from '@nestjs/common';
import { IncidentsModule } from '@deskstream/incidents';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { SlaModule } from '@deskstream/sla';

/** The incidents and SLA services on one platform, as the standalone process composes them: they meet only on the bus. */
@Module({})
class IncidentsWithSlaModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: IncidentsWithSlaModule, imports: [PlatformModule.forRoot(config, { service: 'standalone' }), IncidentsModule, SlaModule] };
  }
}

type Clock = Record<string, unknown> & { definition: string; stage: string; cycle: number };

describe('SLA clocks follow an incident over HTTP', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'sla-incidents', module: (config) => IncidentsWithSlaModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const clocksOf = (ticket: string) => agent().get(`/sla/clocks?ticket=${ticket}`);
  const byDefinition = (items: Record<string, unknown>[] | undefined) => Object.fromEntries((items ?? []).map((c) => [c.definition, c as Clock]));
  const until = (ticket: string, check: (clocks: Record<string, Clock>) => boolean) =>
    readUntil(
      () => clocksOf(ticket),
      (r) => r.status === 200 && check(byDefinition(r.body.items)),
      10_000,
    ).then((r) => byDefinition(r.body.items));

  it('opened, on hold awaiting the caller (resolution paused, response unaffected), resumed, resolved (completed), reopened (new cycle)', async () => {
    // Only a public comment counts as the response here, so the response clock keeps running through the hold.
    const saved = await kit.as('acme', 'tenant-admin').put('/sla/definitions/p1-response', {
      name: 'P1 response',
      type: 'sla',
      target: 'response',
      appliesTo: { kind: 'incident', priorities: ['P1'] },
      durationMinutes: 15,
      calendar: '24x7',
      conditions: { start: {}, stop: { status: ['resolved', 'closed'] }, cancel: { status: ['cancelled'] } },
      responseBy: ['public-comment'],
      cycles: 'first',
    });
    expect([saved.status, (saved.body.definition as { version: number }).version, saved.body.warnings]).toEqual([200, 1, []]);

    const opened = await agent().post('/incidents', {
      channel: 'phone',
      shortDescription: 'Payroll down',
      description: 'Nobody can run payroll',
      impact: 1,
      urgency: 1,
    });
    expect(opened.body.priority).toBe('P1');
    const reference = String(opened.body.reference);
    const id = String(opened.body.id);
    let clocks = await until(reference, (c) => c['p1-response'] !== undefined && c['p1-resolution'] !== undefined);
    expect(clocks['p1-response']).toMatchObject({
      id: `${id}:p1-response`,
      type: 'sla',
      target: 'response',
      stage: 'in-progress',
      breached: false,
      definitionVersion: 1,
    });
    expect(clocks['p1-resolution']).toMatchObject({ stage: 'in-progress', definitionVersion: 0, originalDueAt: clocks['p1-resolution']!.dueAt });
    for (const field of [
      'startedAt',
      'dueAt',
      'originalDueAt',
      'elapsedMinutes',
      'remainingMinutes',
      'pausedMinutes',
      'elapsedCalendarMinutes',
      'remainingCalendarMinutes',
    ]) {
      expect(clocks['p1-resolution']).toHaveProperty(field);
    }

    await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent' });
    await agent().post(`/incidents/${id}/start`, {});
    const hold = await agent().post(`/incidents/${id}/hold`, { reason: 'awaiting-caller' });
    expect(hold.body.status).toBe('on-hold');
    clocks = await until(reference, (c) => c['p1-resolution']?.stage === 'paused');
    expect(clocks['p1-response']!.stage).toBe('in-progress');
    const beforeResume = new Date().toISOString();

    await agent().post(`/incidents/${id}/resume`, {});
    clocks = await until(reference, (c) => c['p1-resolution']?.stage === 'in-progress');
    expect(Number(clocks['p1-resolution']!.pausedMinutes)).toBeGreaterThan(0);

    await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'software', notes: 'Restarted the payroll service' });
    clocks = await until(reference, (c) => c['p1-resolution']?.stage === 'completed' && c['p1-response']?.stage === 'completed');
    expect(clocks['p1-resolution']).toMatchObject({ breached: false, cycle: 1 });

    await agent().post(`/incidents/${id}/reopen`, { reason: 'Payroll fails again' });
    clocks = await until(reference, (c) => c['p1-resolution']?.cycle === 2);
    expect(clocks['p1-resolution']).toMatchObject({ stage: 'in-progress', cycle: 2 });
    expect(clocks['p1-response']).toMatchObject({ stage: 'completed', cycle: 1 });

    const then = byDefinition((await agent().get(`/sla/clocks?ticket=${id}&asOf=${encodeURIComponent(beforeResume)}`)).body.items);
    expect(then['p1-resolution']).toMatchObject({ stage: 'paused', cycle: 1 });
  });

  it('keeps tenants apart, validates queries, and refuses to acknowledge what is not escalated', async () => {
    const opened = await agent().post('/incidents', { channel: 'portal', shortDescription: 'Printer', description: 'Jammed', impact: 3, urgency: 3 });
    const reference = String(opened.body.reference);
    await until(reference, (c) => Object.keys(c).length > 0);
    expect((await kit.as('globex', 'agent').get(`/sla/clocks?ticket=${reference}`)).status).toBe(404);
    expect((await kit.as('globex', 'agent').post(`/sla/clocks/${opened.body.id}:p5-response/acknowledge`)).status).toBe(404);
    const acknowledge = await agent().post(`/sla/clocks/${opened.body.id}:p5-response/acknowledge`);
    expect([acknowledge.status, acknowledge.body.currentStatus]).toEqual([409, 'not-escalated']);
    expect((await agent().get('/sla/clocks?breached=maybe')).status).toBe(400);
    expect((await kit.as('acme', 'requester').get(`/sla/clocks?ticket=${reference}`)).status).toBe(403);
    const queue = await agent().get('/sla/clocks?breached=false&limit=200');
    expect(queue.body.items!.some((c) => c.reference === reference)).toBe(true);
  });

  it('what-if replays the history through proposals without writing; repair recomputes under a corrected definition with the reason', async () => {
    const admin = () => kit.as('acme', 'tenant-admin');
    const opened = await agent().post('/incidents', { channel: 'phone', shortDescription: 'VPN down', description: 'No VPN', impact: 1, urgency: 1 });
    const id = String(opened.body.id);
    const before = await until(id, (c) => c['p1-resolution'] !== undefined);
    const p1Resolution = (await admin().get('/sla/definitions/p1-resolution')).body;
    const { version: _version, ...proposal } = p1Resolution;
    const period = { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
    const same = await admin().post('/sla/what-if', { definitions: [proposal], ...period });
    expect(same.status).toBe(200);
    const [outcome] = same.body.definitions as { definition: string; tickets: number; changed: number }[];
    expect(outcome).toMatchObject({ definition: 'p1-resolution', changed: 0 });
    expect(outcome!.tickets).toBeGreaterThanOrEqual(1);
    const bad = await admin().post('/sla/what-if', { definitions: [{ ...proposal, calendar: 'nowhere' }], ...period });
    expect([bad.status, (bad.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['definitions.0.calendar']]);
    expect((await agent().post('/sla/what-if', { definitions: [proposal], ...period })).status).toBe(403);

    const { id: _id, ...body } = proposal as { id: string };
    await admin().put('/sla/definitions/p1-resolution', { ...body, durationMinutes: 480 });
    const repaired = await admin().post('/sla/repair', { reason: 'P1 resolution target corrected to 8 h', tickets: [id] });
    expect(repaired.body).toEqual({ tickets: 1, clocksChanged: 1 });
    const after = byDefinition((await clocksOf(id)).body.items);
    expect(after['p1-resolution']).toMatchObject({ definitionVersion: 1, startedAt: before['p1-resolution']!.startedAt });
    expect(Date.parse(String(after['p1-resolution']!.dueAt)) - Date.parse(String(before['p1-resolution']!.dueAt))).toBe(4 * 3600_000);
    const again = await admin().post('/sla/repair', { reason: 'nothing to correct', tickets: [id] });
    expect(again.body).toEqual({ tickets: 1, clocksChanged: 0 });
  });

  it("sorts the incident queue by SLA due time, learnt from the SLA service's events: the nearest deadline first, none last", async () => {
    const desk = () => kit.as('globex', 'agent');
    const open = async (impact: number, urgency: number, shortDescription: string) =>
      String((await desk().post('/incidents', { channel: 'phone', shortDescription, description: shortDescription, impact, urgency })).body.id);
    const low = await open(3, 3, 'Wallpaper request');
    const urgent = await open(1, 1, 'Payroll down');
    const medium = await open(2, 2, 'Printer slow');
    const done = await open(2, 3, 'Mouse broken');
    await desk().post(`/incidents/${done}/assign`, { group: 'service-desk', assignee: 'agent' });
    await desk().post(`/incidents/${done}/start`, {});
    expect((await desk().post(`/incidents/${done}/resolve`, { closingCategory: 'hardware', notes: 'new mouse' })).body.status).toBe('resolved');
    // What the SLA service says each ticket is due by: its earliest running SLA clock.
    const dueBySla = async (ticket: string): Promise<string | null> => {
      const clocks = (await desk().get(`/sla/clocks?ticket=${ticket}`)).body.items as Clock[];
      const running = clocks.filter((c) => c.type === 'sla' && c.stage === 'in-progress').map((c) => String(c.dueAt));
      return running.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
    };
    const compare = async () => {
      const expected = await Promise.all([low, urgent, medium, done].map(async (id) => [id, await dueBySla(id)] as const));
      const lines = (await desk().get('/incidents?sort=slaDue')).body.items ?? [];
      const shown = Object.fromEntries(lines.map((line) => [String(line.id), line.slaDueAt ?? null]));
      return { expected, lines, agrees: expected.every(([id, due]) => shown[id] === due) && expected.filter(([, due]) => due !== null).length === 3 };
    };
    const { expected, lines, agrees } = await readUntil(compare, (result) => result.agrees, 15_000);
    expect(agrees).toBe(true);
    const order = expected
      .slice()
      .sort(([, a], [, b]) => (a === null ? 1 : b === null ? -1 : Date.parse(a) - Date.parse(b)))
      .map(([id]) => id);
    expect(order[0]).toBe(urgent);
    expect(order[3]).toBe(done);
    const ids = lines.map((line) => String(line.id)).filter((id) => order.includes(id));
    expect(ids).toEqual(order);
    const sorted = async (sort: string) =>
      (await desk().get(`/incidents?sort=${sort}`)).body.items!.map((line) => String(line.id)).filter((id) => order.includes(id));
    expect(await sorted('-slaDue')).toEqual([...order].reverse());
    // `sla`, the key's earlier name, still sorts the same way.
    expect(await sorted('sla')).toEqual(order);
  });

  it('counts a phone log as the response where a definition says so: an incident an agent opened on the phone was answered at the call', async () => {
    const saved = await kit.as('acme', 'tenant-admin').post('/sla/definitions', {
      id: 'caller-contact',
      name: 'Caller contacted',
      type: 'sla',
      target: 'response',
      appliesTo: { kind: 'incident' },
      durationMinutes: 30,
      calendar: '24x7',
      conditions: { start: {}, stop: { status: ['resolved', 'closed'] }, cancel: { status: ['cancelled'] } },
      responseBy: ['phone-log', 'public-comment'],
      cycles: 'first',
    });
    expect([saved.status, saved.body.warnings]).toEqual([201, []]);
    const open = async (channel: string) =>
      String(
        (await agent().post('/incidents', { channel, shortDescription: `Call about ${channel}`, description: 'Caller reports', impact: 3, urgency: 3 })).body
          .id,
      );
    const [phoned, portal] = [await open('phone'), await open('portal')];
    const byPhone = await until(phoned, (c) => c['caller-contact']?.stage === 'completed');
    expect(byPhone['caller-contact']).toMatchObject({ stage: 'completed', breached: false, elapsedMinutes: 0 });
    const fromPortal = await until(portal, (c) => c['caller-contact'] !== undefined);
    expect(fromPortal['caller-contact']).toMatchObject({ stage: 'in-progress' });
  });

  it("runs a clock due at a fixed deadline field: a major incident's next stakeholder update", async () => {
    const saved = await kit.as('acme', 'tenant-admin').post('/sla/definitions', {
      id: 'stakeholder-updates',
      name: 'Stakeholder updates on time',
      type: 'ola',
      target: 'resolution',
      appliesTo: { kind: 'incident' },
      deadlineField: 'nextUpdateDueAt',
      calendar: '24x7',
      conditions: { start: {}, stop: { status: ['resolved', 'closed'] }, reset: { on: ['stakeholder-update-published'] } },
      cycles: 'last',
    });
    expect([saved.status, saved.body.warnings]).toEqual([201, []]);
    const opened = await agent().post('/incidents', { channel: 'portal', shortDescription: 'Mail down', description: 'Everyone', impact: 1, urgency: 1 });
    const id = String(opened.body.id);
    await until(id, (c) => c['p1-resolution'] !== undefined);
    expect(byDefinition((await clocksOf(id)).body.items)['stakeholder-updates']).toBeUndefined();
    const declared = await agent().post(`/incidents/${id}/declare-major`, {
      manager: 'service-owner',
      reason: 'Everyone is affected',
      updateIntervalMinutes: 30,
    });
    expect(declared.status).toBe(200);
    const clocks = await until(id, (c) => c['stakeholder-updates'] !== undefined);
    const { major } = (await agent().get(`/incidents/${id}`)).body as { major: { nextUpdateDueAt: string } };
    expect(clocks['stakeholder-updates']).toMatchObject({ stage: 'in-progress', breached: false, dueAt: major.nextUpdateDueAt });
  });
});
