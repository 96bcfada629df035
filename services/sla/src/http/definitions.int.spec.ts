import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { SlaAppModule } from '../sla-app.module';

const olaBody = {
  name: 'Network group handling',
  type: 'ola',
  target: 'resolution',
  appliesTo: { kind: 'incident' },
  durationMinutes: 120,
  calendar: 'business-hours',
  conditions: { start: { groupAssigned: true }, stop: { status: ['resolved', 'closed'] }, reset: { on: ['group-changed'] } },
  cycles: 'last',
  escalation: { notify: ['assignee', 'group-manager'], repeatEveryMinutes: 30, managers: { network: 'service-owner' } },
};

describe('SLA definitions over HTTP', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'sla-definitions', module: (config) => SlaAppModule.forRoot(config) })));
  afterAll(() => kit?.close());
  const admin = () => kit.as('acme', 'tenant-admin');

  it('lists the shipped defaults for every tenant', async () => {
    const listed = await kit.as('globex', 'agent').get('/sla/definitions');
    expect(listed.body.items!.map((d) => d.id)).toEqual(expect.arrayContaining(['p1-response', 'p1-resolution', 'p3-resolution', 'request-fulfilment']));
    expect((await kit.as('globex', 'agent').get('/sla/definitions/p1-response')).body).toMatchObject({ durationMinutes: 15, calendar: '24x7', version: 0 });
  });

  it('saves an OLA as version 1, then 2, and warns about conditions that can never attach', async () => {
    const first = await admin().post('/sla/definitions', { ...olaBody, id: 'ola-network' });
    expect([first.status, (first.body.definition as { version: number }).version, first.body.warnings]).toEqual([201, 1, []]);
    const odd = await admin().put('/sla/definitions/ola-network', {
      ...olaBody,
      conditions: { start: { status: ['resolved'] }, stop: { status: ['resolved'] } },
    });
    expect([odd.status, (odd.body.definition as { version: number }).version]).toEqual([200, 2]);
    expect(odd.body.warnings).toEqual([expect.stringContaining('never attach')]);
    expect((await kit.as('globex', 'agent').get('/sla/definitions/ola-network')).status).toBe(404);
  });

  it('refuses bad definitions naming each field, writes nothing, and only admins write', async () => {
    const bad = await admin().post('/sla/definitions', {
      ...olaBody,
      id: 'bad',
      type: 'xla',
      durationMinutes: 0,
      conditions: { start: { status: ['sleeping'] } },
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field)).toEqual(expect.arrayContaining(['type', 'durationMinutes', 'conditions.start.status', 'colour']));
    const rules = await admin().post('/sla/definitions', { ...olaBody, id: 'bad', calendar: 'nowhere', warnings: [120] });
    expect([rules.status, (rules.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['calendar', 'warnings.0']]);
    expect((await admin().get('/sla/definitions/bad')).status).toBe(404);
    expect((await kit.as('acme', 'agent').post('/sla/definitions', { ...olaBody, id: 'mine' })).status).toBe(403);
  });

  it('takes resume and reset conditions, warns when a paused clock can never resume, and refuses each bad field by name', async () => {
    const conditions = {
      start: {},
      pause: { status: ['on-hold'] },
      resume: { status: ['in-progress'] },
      stop: { status: ['resolved', 'closed'] },
      reset: { on: ['group-changed'], group: ['network'] },
    };
    const saved = await admin().post('/sla/definitions', { ...olaBody, id: 'ola-resume', conditions, responseBy: ['phone-log'] });
    expect([saved.status, saved.body.warnings]).toEqual([201, []]);
    expect((await admin().get('/sla/definitions/ola-resume')).body).toMatchObject({ conditions, responseBy: ['phone-log'] });
    const stuck = await admin().put('/sla/definitions/ola-resume', { ...olaBody, conditions: { ...conditions, resume: { status: ['on-hold'] } } });
    expect([stuck.status, stuck.body.warnings]).toEqual([200, [expect.stringContaining('a paused clock can never resume')]]);
    const bad = await admin().post('/sla/definitions', {
      ...olaBody,
      id: 'bad-conditions',
      conditions: { start: {}, resume: { status: ['asleep'] }, reset: { on: ['tuesday'], holdReason: ['bored'] }, resetOn: ['group-changed'] },
      responseBy: ['internal-note'],
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field).sort()).toEqual(
      ['conditions.reset.holdReason', 'conditions.reset.on', 'conditions.resetOn', 'conditions.resume.status', 'responseBy'].sort(),
    );
    expect((await admin().get('/sla/definitions/bad-conditions')).status).toBe(404);
  });

  it('takes a fixed deadline field instead of a duration, and refuses both, neither or an unknown field by name', async () => {
    const { durationMinutes: _duration, ...byDeadline } = olaBody;
    const saved = await admin().post('/sla/definitions', { ...byDeadline, id: 'stakeholder-updates', deadlineField: 'nextUpdateDueAt' });
    expect([saved.status, saved.body.warnings]).toEqual([201, []]);
    expect((await admin().get('/sla/definitions/stakeholder-updates')).body).toMatchObject({ durationMinutes: null, deadlineField: 'nextUpdateDueAt' });
    const both = await admin().post('/sla/definitions', { ...olaBody, id: 'both', deadlineField: 'nextUpdateDueAt' });
    expect([both.status, (both.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['durationMinutes', 'deadlineField']]);
    const neither = await admin().post('/sla/definitions', { ...byDeadline, id: 'neither' });
    expect([neither.status, (neither.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['durationMinutes', 'deadlineField']]);
    const unknown = await admin().post('/sla/definitions', { ...byDeadline, id: 'unknown', deadlineField: 'dueDate', cycles: 'sum' });
    expect([unknown.status, (unknown.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['deadlineField']]);
    const summed = await admin().post('/sla/definitions', { ...byDeadline, id: 'summed', deadlineField: 'nextUpdateDueAt', cycles: 'sum' });
    expect([summed.status, (summed.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['cycles']]);
  });

  it('retires a definition', async () => {
    expect((await admin().post('/sla/definitions/p5-response/retire')).status).toBe(204);
    expect((await admin().get('/sla/definitions/p5-response')).status).toBe(404);
    expect((await admin().post('/sla/definitions/p5-response/retire')).status).toBe(404);
  });
});
