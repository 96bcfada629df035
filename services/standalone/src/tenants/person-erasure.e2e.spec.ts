import { gunzipSync } from 'node:zlib';
import { PlatformRuntime } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call as callApp, devToken, eventually, INITECH, signIn as signInTo, type Json } from './tenant-test-kit';

describe('Erasing a person: their personal data reads as erased everywhere, without rewriting history (over HTTP)', () => {
  let platform: StandaloneTestApp;
  let admin: string;
  let bill: string;
  const call = (token: string, method: string, path: string, body?: unknown) => callApp(platform, token, method, path, body);
  const register = (id: string, name: string) =>
    eventually(async () => {
      const registered = await call(bill, 'POST', '/directory/users', { id, name, emails: [`${id}@initech.example`], roles: ['requester'] });
      if (registered.status !== 201) throw new Error(`register ${id}: ${registered.status} ${JSON.stringify(registered.body)}`);
    });
  /** The tenant's archive, unpacked (a tar is its files one after another: searching it searches them all). */
  const exported = async (): Promise<string> => {
    await platform.app.get(PlatformRuntime).caughtUp();
    const answer = await fetch(`${platform.base}/api/v1/platform/tenants/initech/export`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(answer.status).toBe(200);
    return gunzipSync(Buffer.from(await answer.arrayBuffer())).toString('utf8');
  };

  beforeAll(async () => {
    platform = await startStandaloneApp('person-erasure');
    admin = await platform.token('platform-admin', 'platform');
    expect((await call(admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    bill = await signInTo(platform, 'initech', 'bill');
    await register('peter', 'Peter Gibbons');
    await register('milton', 'Milton Waddams');
  }, 60_000);
  afterAll(() => platform?.close());

  it("erases peter: the directory and the export show his name and address as erased, milton's stay, his ticket is still counted", async () => {
    const peter = await signInTo(platform, 'initech', 'peter');
    const submitted = await call(peter, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: 'Light out in room 4', location: 'HQ, floor 2, room 4' },
    });
    expect([201, 202]).toContain(submitted.status);
    await eventually(async () => {
      const list = await call(bill, 'GET', '/incidents');
      if (list.body.items?.length !== 1) throw new Error(`incidents: ${list.body.items?.length}`);
    });
    const before = await exported();
    expect(before).toContain('Peter Gibbons');
    expect(before).toContain('peter@initech.example');

    expect((await call(peter, 'POST', '/directory/users/peter/erase')).status).toBe(403);
    const erased = await call(bill, 'POST', '/directory/users/peter/erase');
    expect(erased).toMatchObject({
      status: 200,
      body: { id: 'peter', kind: 'user', attributes: { name: '[erased]', emails: [], active: false, roles: ['requester'] } },
    });
    expect((await call(bill, 'POST', '/directory/users/peter/erase')).body).toMatchObject({ revision: erased.body.revision });
    expect((await call(bill, 'POST', '/directory/users/nobody/erase')).status).toBe(404);
    expect((await call(bill, 'POST', '/directory/users/facilities/erase')).status).toBe(404);

    expect((await call(bill, 'GET', '/directory/users/peter')).body.attributes).toMatchObject({ name: '[erased]', emails: [] });
    const listed = await eventually(async () => {
      const page = await call(bill, 'GET', '/directory/users');
      const line = page.body.items?.find((u: Json) => u.id === 'peter');
      if (line?.attributes?.name !== '[erased]') throw new Error(`listed as ${JSON.stringify(line)}`);
      return page.body.items as Json[];
    });
    expect(listed.find((u) => u.id === 'milton').attributes).toMatchObject({ name: 'Milton Waddams', emails: ['milton@initech.example'] });

    const after = await exported();
    expect(after).not.toContain('Peter Gibbons');
    expect(after).not.toContain('peter@initech.example');
    expect(after).toContain('[erased]');
    expect(after).toContain('Milton Waddams');
    // History is not rewritten: every event exported before is exported again, under the same id.
    const ids = (archive: string) =>
      archive
        .split('\n')
        .filter((line) => line.startsWith('{"specversion"'))
        .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids(before).length).toBeGreaterThan(10);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect((await call(bill, 'GET', '/incidents')).body.items).toHaveLength(1);
    expect((await devToken(platform, 'initech', 'peter')).status).not.toBe(201);
    expect((await call(await platform.token('tenant-admin', 'acme'), 'POST', '/directory/users/milton/erase')).status).toBe(404);
  }, 120_000);
});
