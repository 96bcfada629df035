import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SmtpListener } from '@deskstream/intake';
import { PlatformRuntime } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call, eventually, INITECH, signIn, type Json } from './tenant-test-kit';

async function importArchive(app: StandaloneTestApp, token: string, archive: Buffer): Promise<{ status: number; body: Json }> {
  const form = new FormData();
  form.append('archive', new Blob([new Uint8Array(archive)], { type: 'application/gzip' }), 'initech.tar.gz');
  const response = await fetch(`${app.base}/api/v1/platform/tenants/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await response.json() };
}

/** What a tenant's users see of their desk: the answers an export must carry over unchanged. */
async function deskView(app: StandaloneTestApp, bill: string, reference: string): Promise<Json> {
  await app.app.get(PlatformRuntime).caughtUp();
  const read = async (path: string) => (await call(app, bill, 'GET', path)).body;
  return {
    incidents: await read('/incidents'),
    incident: await read(`/incidents/${reference}`),
    history: await read(`/incidents/${reference}/history`),
    requestTypes: await read('/intake/request-types'),
    people: await read('/directory/users'),
    groups: await read('/directory/groups'),
  };
}

describe("A tenant's archive: exported from one installation, recreated exactly in another", () => {
  let source: StandaloneTestApp;
  let target: StandaloneTestApp;

  beforeAll(async () => {
    [source, target] = await Promise.all([startStandaloneApp('tenant-export'), startStandaloneApp('tenant-import')]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('carries every event and attachment, checksummed, and replays into the same desk; a second import is refused', async () => {
    const admin = await source.token('platform-admin', 'platform');
    expect((await call(source, admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    const bill = await signIn(source, 'initech', 'bill');
    await eventually(async () => {
      const registered = await call(source, bill, 'POST', '/directory/users', {
        id: 'peter',
        name: 'Peter Gibbons',
        emails: ['peter@initech.example'],
        roles: ['requester'],
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
    });
    const peter = await signIn(source, 'initech', 'peter');
    await call(source, peter, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: 'Light out in room 4', location: 'HQ, floor 2, room 4' },
    });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: source.app.get(SmtpListener).port(), secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'peter@initech.example',
      to: 'facilities@initech.example',
      subject: 'Tap in the kitchen drips',
      text: 'Photo attached.',
      attachments: [{ filename: 'tap.jpg', content: Buffer.from('a dripping tap'), contentType: 'image/jpeg' }],
    });
    transport.close();
    const incidents = await eventually(async () => {
      const list = await call(source, bill, 'GET', '/incidents');
      if (list.body.items?.length !== 2) throw new Error(`incidents: ${list.body.items?.length}`);
      return list.body.items as { id: string; reference: string; shortDescription: string }[];
    });
    const mailed = incidents.find((incident) => incident.shortDescription === 'Tap in the kitchen drips')!;
    const before = await deskView(source, bill, mailed.reference);

    const exported = await fetch(`${source.base}/api/v1/platform/tenants/initech/export`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/gzip');
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="initech-\d{4}-\d{2}-\d{2}-.+\.tar\.gz"$/);
    const archive = Buffer.from(await exported.arrayBuffer());
    expect(archive.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect((await call(source, admin, 'GET', '/platform/tenants/initech')).body.lastExportAt).toEqual(expect.any(String));
    // Other tenants' data never travels.
    expect(archive.includes(Buffer.from('acme'))).toBe(false);

    const targetAdmin = await target.token('platform-admin', 'platform');
    expect((await call(target, await target.token('tenant-admin', 'acme'), 'POST', '/platform/tenants/initech/export')).status).toBe(403);
    const restored = await importArchive(target, targetAdmin, archive);
    expect({ status: restored.status, detail: restored.body.detail }).toEqual({ status: 201, detail: undefined });
    expect(restored.body).toMatchObject({
      id: 'initech',
      name: 'Initech facilities',
      status: 'active',
      desks: INITECH.desks.map((d) => ({ ...d, requestType: 'broken-light' })),
    });
    const billThere = await signIn(target, 'initech', 'bill');
    const after = await eventually(async () => {
      const view = await deskView(target, billThere, mailed.reference);
      if (view.incidents.items?.length !== 2 || view.people.items?.length !== before.people.items.length) throw new Error('not replayed yet');
      return view;
    });
    expect(after).toEqual(before);
    const attachments = (dir: string) => readdirSync(join(dir, 'attachments', 'initech', mailed.id)).filter((name) => name.includes('--'));
    expect(attachments(target.dataDir)).toEqual(attachments(source.dataDir));
    const [file] = attachments(target.dataDir);
    expect(readFileSync(join(target.dataDir, 'attachments', 'initech', mailed.id, file!), 'utf8')).toBe('a dripping tap');

    expect((await importArchive(target, targetAdmin, archive)).status).toBe(409);
    const broken = Buffer.from(archive);
    broken[broken.length - 12] ^= 0xff;
    expect(await importArchive(target, targetAdmin, broken)).toMatchObject({ status: 400, body: { errors: [{ field: 'archive' }] } });
  }, 180_000);
});
