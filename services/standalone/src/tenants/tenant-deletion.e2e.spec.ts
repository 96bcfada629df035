import { PERSONAL_KEYS, type PersonalKeys } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call, devToken, eventually, INITECH, signIn } from './tenant-test-kit';

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
    await signIn(prompt, 'initech', 'bill');
    expect((await call(prompt, admin, 'POST', '/platform/tenants/initech/delete')).body).toMatchObject({ status: 409, reason: 'wrong-status' });
    const suspended = await call(prompt, admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'Contract ended' });
    expect(suspended.body.allowedActions).toEqual(['resume', 'export']);
    expect((await call(prompt, admin, 'POST', '/platform/tenants/initech/delete')).body).toMatchObject({ status: 409, reason: 'export-required' });

    expect((await exportOf(prompt, admin)).status).toBe(200);
    expect((await call(prompt, admin, 'GET', '/platform/tenants/initech')).body.allowedActions).toEqual(['resume', 'export', 'delete']);
    const keys = prompt.app.get<symbol, PersonalKeys>(PERSONAL_KEYS);
    expect(await keys.find('initech', 'bill')).not.toBeNull();

    const scheduled = await call(prompt, admin, 'POST', '/platform/tenants/initech/delete');
    expect(scheduled).toMatchObject({ status: 200, body: { status: 'deletion-scheduled', allowedActions: ['cancel-deletion', 'export'] } });
    expect(Date.parse(scheduled.body.deleteAfter)).toBeLessThanOrEqual(Date.now());
    const deleted = await eventually(async () => {
      const read = await call(prompt, admin, 'GET', '/platform/tenants/initech');
      if (read.body.status !== 'deleted') throw new Error(`still ${read.body.status}`);
      return read.body;
    });
    expect(deleted).toMatchObject({ status: 'deleted', allowedActions: [], deleteAfter: null });
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
