import nodemailer from 'nodemailer';
import { SmtpListener } from '@deskstream/intake';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call as callApp, devToken as devTokenOf, eventually, INITECH, signIn as signInTo } from './tenant-test-kit';

describe('Onboarding a business unit as a tenant (platform administration over HTTP)', () => {
  let platform: StandaloneTestApp;
  let smtpPort: number;
  let admin: string;

  const call = (token: string, method: string, path: string, body?: unknown) => callApp(platform, token, method, path, body);
  const devToken = (tenant: string, user: string) => devTokenOf(platform, tenant, user);
  const signIn = (tenant: string, user: string) => signInTo(platform, tenant, user);
  const rcpt = async (to: string) => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ from: 'peter@initech.example', to, subject: 'The light in room 4 is out', text: 'Flickering, then out.' });
      return 250;
    } catch (error) {
      const { responseCode } = error as { responseCode?: number };
      if (responseCode === undefined) throw error;
      return responseCode;
    } finally {
      transport.close();
    }
  };

  beforeAll(async () => {
    platform = await startStandaloneApp('tenants');
    smtpPort = platform.app.get(SmtpListener).port();
    admin = await platform.token('platform-admin', 'platform');
  }, 60_000);
  afterAll(() => platform?.close());

  it('lets only the platform administrators manage tenants, and names every bad field', async () => {
    const acmeAdmin = await platform.token('tenant-admin', 'acme');
    expect((await call(acmeAdmin, 'POST', '/platform/tenants', INITECH)).status).toBe(403);
    expect((await call(acmeAdmin, 'GET', '/platform/tenants')).status).toBe(403);
    const bad = await call(admin, 'POST', '/platform/tenants', { ...INITECH, id: 'Initech Corp', template: 'spa', timeZone: 'Mars/Olympus', admins: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['admins', 'id', 'template', 'timeZone']);
    const reserved = await call(admin, 'POST', '/platform/tenants', { ...INITECH, id: 'platform' });
    expect(reserved).toMatchObject({ status: 400, body: { errors: [{ field: 'id' }] } });
    expect((await call(admin, 'POST', '/platform/tenants', { ...INITECH, id: 'acme' })).status).toBe(409);
  });

  it('creates initech from the facilities template: its admin signs in, a requester submits, acme and globex see none of it', async () => {
    const created = await call(admin, 'POST', '/platform/tenants', INITECH);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'initech',
      status: 'active',
      template: { name: 'facilities', version: 2 },
      desks: [{ address: 'facilities@initech.example', kind: 'facilities', requestType: 'broken-light' }],
      admins: ['bill'],
      allowedActions: ['suspend', 'export'],
    });
    expect(created.body).not.toHaveProperty('tenantId');
    expect((await call(admin, 'POST', '/platform/tenants', INITECH)).status).toBe(409);
    expect((await call(admin, 'GET', '/platform/tenants/initech')).body).toMatchObject({ id: 'initech', status: 'active' });
    const listed = await eventually(async () => {
      const page = await call(admin, 'GET', '/platform/tenants');
      if (!page.body.items?.some((t: { id: string }) => t.id === 'initech')) throw new Error('initech not listed yet');
      return page.body;
    });
    expect(listed.items.find((t: { id: string }) => t.id === 'initech')).toMatchObject({ name: 'Initech facilities', status: 'active' });

    const bill = await signIn('initech', 'bill');
    const types = await eventually(async () => {
      const answer = await call(bill, 'GET', '/intake/request-types');
      if (answer.status !== 200 || (answer.body.items ?? answer.body).length < 4) throw new Error(`request types: ${answer.status}`);
      return (answer.body.items ?? answer.body) as { id: string }[];
    });
    expect(types.map((t) => t.id).sort()).toEqual(['broken-light', 'cleaning-request', 'late-delivery', 'room-booking']);

    // The admin adds a requester to the directory; the requester signs in and reports a broken light.
    await eventually(async () => {
      const registered = await call(bill, 'POST', '/directory/users', {
        id: 'peter',
        name: 'Peter Gibbons',
        emails: ['peter@initech.example'],
        roles: ['requester'],
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    });
    const peter = await signIn('initech', 'peter');
    // Self-help works on the first day: the template's starter articles are published to requesters.
    const found = await eventually(async () => {
      const search = await call(peter, 'GET', '/knowledge/articles?q=hazard');
      if (!search.body.items?.length) throw new Error(`no starter article found: ${search.status}`);
      return search.body.items as { title: string }[];
    });
    expect(found[0]).toMatchObject({ title: 'Reporting a safety hazard' });
    const submitted = await call(peter, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: 'Light out in room 4', location: 'HQ, floor 2, room 4' },
    });
    expect([201, 202]).toContain(submitted.status);
    const ticket = await eventually(async () => {
      const read = await call(peter, 'GET', `/intake/submissions/${submitted.body.submissionId ?? submitted.body.id}`);
      if (!read.body.ticket?.reference && !read.body.reference) throw new Error('no ticket yet');
      return read.body.ticket ?? read.body;
    });
    const reference = ticket.reference as string;
    expect(
      (
        await eventually(async () => {
          const read = await call(bill, 'GET', `/incidents/${reference}`);
          if (read.status !== 200) throw new Error(`incident: ${read.status}`);
          return read;
        })
      ).body,
    ).toMatchObject({ reference, shortDescription: 'Light out in room 4' });

    for (const tenant of ['acme', 'globex']) {
      const agent = await platform.token('agent', tenant);
      expect((await call(agent, 'GET', `/incidents/${reference}`)).status).toBe(404);
      expect((await call(agent, 'GET', `/incidents/${ticket.id ?? ticket.ticketId ?? reference}`)).status).toBe(404);
      const theirs = await call(agent, 'GET', '/intake/request-types');
      expect(((theirs.body.items ?? theirs.body) as { id: string }[]).map((t) => t.id)).not.toContain('broken-light');
      const tenantAdmin = await platform.token('tenant-admin', tenant);
      expect((await call(tenantAdmin, 'GET', '/directory/users/peter')).status).toBe(404);
    }
    // Mail to the new desk is taken.
    expect(await rcpt('facilities@initech.example')).toBe(250);
  }, 120_000);

  it('suspends initech: its users get 403 with the reason, its mail 451; resuming serves them again, nothing lost', async () => {
    const bill = await signIn('initech', 'bill');
    const suspended = await call(admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'Contract under review' });
    expect(suspended).toMatchObject({
      status: 200,
      body: { status: 'suspended', suspendedBecause: 'Contract under review', allowedActions: ['resume', 'export'] },
    });
    expect((await call(admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'again' })).status).toBe(409);
    expect((await call(admin, 'POST', '/platform/tenants/initech/suspend', {})).status).toBe(400);
    const refused = await eventually(async () => {
      const answer = await call(bill, 'GET', '/intake/request-types');
      if (answer.status !== 403) throw new Error(`still served: ${answer.status}`);
      return answer.body;
    });
    expect(refused).toMatchObject({ reason: 'tenant-suspended' });
    expect(refused.detail).toContain('Contract under review');
    expect((await devToken('initech', 'bill')).status).toBe(403);
    expect(await rcpt('facilities@initech.example')).toBe(451);
    // Other tenants are unaffected.
    expect((await call(await platform.token('agent', 'acme'), 'GET', '/intake/request-types')).status).toBe(200);

    expect((await call(admin, 'POST', '/platform/tenants/initech/resume')).body).toMatchObject({ status: 'active', allowedActions: ['suspend', 'export'] });
    const served = await eventually(async () => {
      const answer = await call(bill, 'GET', '/incidents');
      if (answer.status !== 200) throw new Error(`not served yet: ${answer.status}`);
      return answer.body;
    });
    expect(served.items.length).toBeGreaterThanOrEqual(2);
    expect(await rcpt('facilities@initech.example')).toBe(250);
  }, 120_000);
});
