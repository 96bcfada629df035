import { loadTemplate } from '@deskstream/templates';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call as callApp, eventually, INITECH, signIn as signInTo, type Json } from './tenant-test-kit';

describe("A tenant's desk from its template: calendars, SLA definitions, priority matrix, categories and notification rules (over HTTP)", () => {
  let platform: StandaloneTestApp;
  let bill: string;
  const facilities = loadTemplate('facilities');
  const call = (token: string, method: string, path: string, body?: unknown) => callApp(platform, token, method, path, body);
  /** The answer of a read once `ready` holds of it: each service sets its part up from the onboarding event, on its own time. */
  const readUntil = (token: string, path: string, ready: (body: Json) => boolean) =>
    eventually(async () => {
      const answer = await call(token, 'GET', path);
      if (answer.status !== 200 || !ready(answer.body)) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      return answer.body;
    });

  beforeAll(async () => {
    platform = await startStandaloneApp('tenant-template');
    const admin = await platform.token('platform-admin', 'platform');
    expect((await call(admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    bill = await signInTo(platform, 'initech', 'bill');
  }, 60_000);
  afterAll(() => platform?.close());

  it("sets up each service's part: calendars in the tenant's time zone, the template's definitions instead of the shipped ones, matrix, categories, rules", async () => {
    const calendars = await readUntil(bill, '/sla/calendars', (body) => body.items?.some((c: Json) => c.id === 'facilities-hours'));
    expect(calendars.items.find((c: Json) => c.id === 'facilities-hours')).toMatchObject({
      timeZone: 'America/Chicago',
      weekly: [{ day: 'mon', from: '07:00', to: '19:00' }, {}, {}, {}, {}],
    });
    const definitions = await readUntil(bill, '/sla/definitions', (body) => body.items?.some((d: Json) => d.id.startsWith('facilities-')));
    expect(definitions.items.map((d: Json) => d.id).sort()).toEqual(facilities.slaDefinitions.map((d) => d.id).sort());

    const settings = await readUntil(bill, '/incident-settings', (body) => body.revision >= 0);
    expect(settings).toMatchObject({ priorityMatrix: facilities.priorityMatrix, closingCategories: facilities.categories });
    const rules = await readUntil(bill, '/notifications/settings', (body) => body.revision >= 0);
    expect(rules.rules.map((r: Json) => r.id)).toEqual(facilities.notificationRules.map((r) => r.id));

    // acme keeps the shipped definitions and matrix.
    const acme = await platform.token('tenant-admin', 'acme');
    expect((await call(acme, 'GET', '/sla/definitions')).body.items.map((d: Json) => d.id)).toContain('p5-resolution');
    expect((await call(acme, 'GET', '/incident-settings')).body.priorityMatrix[2][2]).toBe('P5');
  }, 60_000);

  it("opens an incident whose priority comes from the template's matrix and whose SLA clocks come from the template's definitions", async () => {
    await readUntil(bill, '/incident-settings', (body) => body.revision >= 0);
    await readUntil(bill, '/sla/definitions', (body) => body.items?.some((d: Json) => d.id.startsWith('facilities-')));
    await eventually(async () => {
      const registered = await call(bill, 'POST', '/directory/users', {
        id: 'peter',
        name: 'Peter Gibbons',
        emails: ['peter@initech.example'],
        roles: ['requester'],
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    });
    const peter = await signInTo(platform, 'initech', 'peter');
    // A broken light is impact 3 x urgency 3 (its request type): P5 on the shipped matrix, P4 on the facilities desk's.
    const submitted = await call(peter, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: 'Light out in room 4', location: 'HQ, floor 2, room 4' },
    });
    expect([201, 202]).toContain(submitted.status);
    const ticket = await readUntil(peter, `/intake/submissions/${submitted.body.submissionId ?? submitted.body.id}`, (body) =>
      Boolean(body.ticket?.reference ?? body.reference),
    );
    const incident = await readUntil(bill, `/incidents/${ticket.ticket?.reference ?? ticket.reference}`, () => true);
    expect(incident).toMatchObject({ priority: 'P4', classification: { impact: 3, urgency: 3, priority: 'P4' } });
    const clocks = await readUntil(bill, `/sla/clocks?ticket=${incident.reference}`, (body) => body.items?.length >= 2);
    expect(clocks.items.map((c: Json) => [c.definition, c.calendar]).sort()).toEqual([
      ['facilities-p4-resolution', 'facilities-hours'],
      ['facilities-p4-response', 'facilities-hours'],
    ]);
  }, 60_000);
});
