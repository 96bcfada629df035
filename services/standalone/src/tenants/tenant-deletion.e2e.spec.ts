import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import * as nodemailer from 'nodemailer';
import { join } from 'node:path';
import { TOPICS } from '@deskstream/contracts';
import { SmtpListener } from '@deskstream/intake';
import { PERSONAL_KEYS, PlatformRuntime, type PersonalKeys } from '@deskstream/platform';
import { sqliteFileIn } from '@deskstream/sqlite';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call, devToken, eventually, INITECH, signIn } from './tenant-test-kit';

/**
 * The rows of the installation's SQLite file keyed to a tenant, table by table, read beside the running
 * installation: events by their metadata's tenant, bus messages by their CloudEvent's, every other
 * table by its tenant_id column.
 */
function rowsOf(app: StandaloneTestApp, tenantId: string): Record<string, number> {
  const db = new DatabaseSync(sqliteFileIn(app.dataDir), { readOnly: true });
  try {
    const count = (sql: string) => Number((db.prepare(sql).get(tenantId) as { n: number }).n);
    const rows: Record<string, number> = {
      events: count("SELECT COUNT(*) AS n FROM events WHERE json_extract(metadata, '$.tenantId') = ?"),
      // The tenants topic is the platform's register of tenants, which says this one is deleted.
      bus_messages: count(`SELECT COUNT(*) AS n FROM bus_messages WHERE json_extract(event, '$.tenantid') = ? AND topic <> '${TOPICS.tenants}'`),
    };
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((column) => column.name);
      if (columns.includes('tenant_id')) rows[name] = count(`SELECT COUNT(*) AS n FROM "${name}" WHERE tenant_id = ?`);
    }
    return Object.fromEntries(Object.entries(rows).filter(([, n]) => n > 0));
  } finally {
    db.close();
  }
}

/** An installation whose grace period is TENANTS_DELETION_GRACE_DAYS (read as the tenants service starts). */
async function installation(name: string, graceDays: string | undefined): Promise<StandaloneTestApp> {
  const before = process.env.TENANTS_DELETION_GRACE_DAYS;
  if (graceDays === undefined) delete process.env.TENANTS_DELETION_GRACE_DAYS;
  else process.env.TENANTS_DELETION_GRACE_DAYS = graceDays;
  try {
    return await startStandaloneApp(name);
  } finally {
    if (before === undefined) delete process.env.TENANTS_DELETION_GRACE_DAYS;
    else process.env.TENANTS_DELETION_GRACE_DAYS = before;
  }
}

describe('Deleting a tenant only after an export and a grace period (over HTTP)', () => {
  let prompt: StandaloneTestApp;
  let patient: StandaloneTestApp;

  beforeAll(async () => {
    // One after the other: each reads the variable as it starts.
    prompt = await installation('tenant-deletion-now', '0');
    patient = await installation('tenant-deletion-grace', undefined);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([prompt?.close(), patient?.close()]);
  });

  const exportOf = (app: StandaloneTestApp, admin: string) =>
    fetch(`${app.base}/api/v1/platform/tenants/initech/export`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });

  it('refuses while the tenant is active or not exported since its suspension; once exported, deletes it when the grace period is over', async () => {
    const admin = await prompt.token('platform-admin', 'platform');
    expect((await call(prompt, admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    const bill = await signIn(prompt, 'initech', 'bill');
    // The desk has data of every kind: a person, a mailed-in ticket with its attachment, its timers and messages.
    await eventually(async () => {
      const registered = await call(prompt, bill, 'POST', '/directory/users', {
        id: 'peter',
        name: 'Peter Gibbons',
        emails: ['peter@initech.example'],
        roles: ['requester'],
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
    });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: prompt.app.get(SmtpListener).port(), secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'peter@initech.example',
      to: 'facilities@initech.example',
      subject: 'Tap in the kitchen drips',
      text: 'Photo attached.',
      attachments: [{ filename: 'tap.jpg', content: Buffer.from('a dripping tap'), contentType: 'image/jpeg' }],
    });
    transport.close();
    await eventually(async () => {
      const list = await call(prompt, bill, 'GET', '/incidents');
      if (list.body.items?.length !== 1) throw new Error(`incidents: ${list.body.items?.length}`);
    });
    // The embedded attachment store's folder of the tenant (see EmailModule).
    const attachments = join(prompt.dataDir, 'attachments', 'initech');
    expect(existsSync(attachments)).toBe(true);
    expect(rowsOf(prompt, 'initech')).toMatchObject({ events: expect.any(Number), bus_messages: expect.any(Number), timers: expect.any(Number) });
    expect((await call(prompt, admin, 'POST', '/platform/tenants/initech/delete')).body).toMatchObject({ status: 409, reason: 'wrong-status' });
    const suspended = await call(prompt, admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'Contract ended' });
    expect(suspended.body.allowedActions).toEqual(['resume', 'export']);
    expect((await call(prompt, admin, 'POST', '/platform/tenants/initech/delete')).body).toMatchObject({ status: 409, reason: 'export-required' });

    expect((await exportOf(prompt, admin)).status).toBe(200);
    expect((await call(prompt, admin, 'GET', '/platform/tenants/initech')).body.allowedActions).toEqual(['resume', 'export', 'delete']);
    const keys = prompt.app.get<symbol, PersonalKeys>(PERSONAL_KEYS);
    expect(await keys.find('initech', 'bill')).not.toBeNull();

    await prompt.app.get(PlatformRuntime).caughtUp();
    const acmeBefore = rowsOf(prompt, 'acme');
    const scheduled = await call(prompt, admin, 'POST', '/platform/tenants/initech/delete');
    expect(scheduled).toMatchObject({ status: 200, body: { status: 'deletion-scheduled', allowedActions: ['cancel-deletion', 'export'] } });
    expect(Date.parse(scheduled.body.deleteAfter)).toBeLessThanOrEqual(Date.now());
    const deleted = await eventually(async () => {
      const read = await call(prompt, admin, 'GET', '/platform/tenants/initech');
      if (read.body.status !== 'deleted') throw new Error(`still ${read.body.status}`);
      return read.body;
    });
    expect(deleted).toMatchObject({ status: 'deleted', allowedActions: [], deleteAfter: null });
    // Its data is purged: no row of the file is keyed to it any more, its attachments are gone; acme's rows are all there.
    await eventually(async () => {
      const left = rowsOf(prompt, 'initech');
      if (Object.keys(left).length > 0 || existsSync(attachments)) throw new Error(`left: ${JSON.stringify(left)}, attachments ${existsSync(attachments)}`);
    });
    expect(rowsOf(prompt, 'acme')).toEqual(acmeBefore);
    expect(acmeBefore.events).toBeGreaterThan(0);
    // Its people's keys are gone (its history's personal data is unreadable), its users are refused, its id is not given again.
    expect(await keys.find('initech', 'bill')).toBeNull();
    await eventually(async () => {
      const refused = await devToken(prompt, 'initech', 'bill');
      if (refused.status !== 403) throw new Error(`sign-in: ${refused.status}`);
    });
    expect((await exportOf(prompt, admin)).status).toBe(409);
    expect((await call(prompt, admin, 'POST', '/platform/tenants', INITECH)).status).toBe(409);
  }, 90_000);

  it('schedules the deletion at the end of the grace period (30 days by default); cancelling it keeps the tenant, suspended', async () => {
    const admin = await patient.token('platform-admin', 'platform');
    expect((await call(patient, admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    await call(patient, admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'Contract ended' });
    expect((await exportOf(patient, admin)).status).toBe(200);
    const requestedAt = Date.now();
    const scheduled = await call(patient, admin, 'POST', '/platform/tenants/initech/delete');
    expect(scheduled.body.status).toBe('deletion-scheduled');
    const days = (Date.parse(scheduled.body.deleteAfter) - requestedAt) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    expect((await call(patient, admin, 'POST', '/platform/tenants/initech/delete')).status).toBe(409);
    const cancelled = await call(patient, admin, 'POST', '/platform/tenants/initech/cancel-deletion');
    expect(cancelled).toMatchObject({ status: 200, body: { status: 'suspended', deleteAfter: null, allowedActions: ['resume', 'export', 'delete'] } });
    expect((await call(patient, admin, 'POST', '/platform/tenants/initech/resume')).body.status).toBe('active');
  }, 60_000);
});
