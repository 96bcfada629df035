import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { storeChecks } from './crash-checks';
import { runCrashScenario } from './crash-scenario';

/** Issue 2, item 10, as a test: the same scenario `npm run crash-test` prints. */
describe('crash safety of the standalone app', () => {
  it('keeps every acknowledged command, half-writes nothing and converges its projections after a SIGKILL mid-burst', async () => {
    const report = await runCrashScenario({ concurrency: 16, killAfter: 400 });

    expect(report.inFlightAtKill).toBeGreaterThan(0);
    expect(report.acknowledged).toBeGreaterThanOrEqual(400);
    expect(Object.keys(report.acknowledgedByAction)).toEqual(expect.arrayContaining(['open', 'request', 'accept-resolution']));
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    // The burst's commands were found by their correlation ids: the check did not pass on nothing.
    const whole = report.checks.find((check) => check.name === 'every command of the burst is whole in its stream')!;
    expect(Number(/^(\d+) commands checked/.exec(whole.detail)?.[1])).toBeGreaterThan(300);
    // Every projection the services contribute was compared against a rebuild; those of the incidents
    // service, which the burst writes to, with documents in them.
    const projections = report.checks.filter((check) => check.name.startsWith('projection '));
    expect(projections.length).toBeGreaterThanOrEqual(6);
    const burstProjections = projections.filter((check) => check.name.startsWith('projection incidents.'));
    expect(burstProjections.length).toBeGreaterThanOrEqual(6);
    for (const check of burstProjections) expect(check.detail).not.toMatch(/^0 documents/);
  }, 90_000);

  it('fails the whole-command check when the events do not carry the correlation ids the client sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskstream-crash-checks-'));
    const db = openSqlite(sqliteFileIn(dir));
    try {
      const store = new SqliteEventStore(db);
      // A server that ignored X-Correlation-Id: its own ids, and nothing in the file to group by.
      const metadata = {
        tenantId: 'acme',
        actor: 'agent',
        correlationId: 'server-made',
        causationId: 'server-made',
        occurredAt: '2026-01-05T09:00:00.000Z',
        schemaVersion: 1,
      };
      await store.appendToStream('incident-acme.i1', [{ eventId: 'e1', type: 'IncidentOpened', data: { reference: 'INC0001001' }, metadata }], {
        expectedRevision: 'no_stream',
      });
      const acknowledged = [{ tenantId: 'acme', category: 'incident', id: 'i1', action: 'open', revision: 0, correlationId: 'crash.1.open' }];

      const whole = storeChecks(sqliteFileIn(dir), acknowledged).checks.find((check) => check.name === 'every command of the burst is whole in its stream')!;

      expect(whole.ok).toBe(false);
      expect(whole.detail).toContain('no command of the burst found to check');
      expect(whole.detail).toContain('crash.1.open not found on i1');
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a lost acknowledgement and a half-written command when the file holds them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskstream-crash-checks-'));
    const db = openSqlite(sqliteFileIn(dir));
    try {
      const store = new SqliteEventStore(db);
      const metadata = (correlationId: string) => ({
        tenantId: 'acme',
        actor: 'agent',
        correlationId,
        causationId: correlationId,
        occurredAt: '2026-01-05T09:00:00.000Z',
        schemaVersion: 1,
      });
      await store.appendToStream(
        'incident-acme.i1',
        [
          { eventId: 'e1', type: 'IncidentOpened', data: { reference: 'INC0001001' }, metadata: metadata('crash.1.open') },
          // accept-resolution writes two events; only the first is here.
          { eventId: 'e2', type: 'IncidentResolutionAccepted', data: {}, metadata: metadata('crash.1.accept-resolution') },
        ],
        { expectedRevision: 'no_stream' },
      );
      const acknowledged = [{ tenantId: 'acme', category: 'incident', id: 'i1', action: 'assign', revision: 5, correlationId: 'crash.1.assign' }];

      const failed = storeChecks(sqliteFileIn(dir), acknowledged)
        .checks.filter((check) => !check.ok)
        .map((check) => check.name);

      expect(failed).toEqual(['every command of the burst is whole in its stream', 'every acknowledged command is in the store (file read after shutdown)']);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
