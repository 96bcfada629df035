import { IncidentsModule } from '@deskstream/incidents';
import { startIntakeApp } from '@deskstream/intake/testing';

type Kit = Awaited<ReturnType<typeof startIntakeApp>>;

/** An Alertmanager webhook body, version 4, as Alertmanager sends it. */
function alertmanager(status: 'firing' | 'resolved', alerts: { fingerprint: string; alertname: string; service: string }[]) {
  return {
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status,
    receiver: 'deskstream',
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: { severity: 'critical' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.example:9093',
    alerts: alerts.map((a) => ({
      status,
      labels: { alertname: a.alertname, service: a.service, severity: 'critical', instance: `${a.fingerprint}:9100` },
      annotations: { summary: `${a.alertname} on ${a.service}`, description: 'Error rate above 5% for 5 minutes' },
      startsAt: '2026-01-05T09:00:00.000Z',
      endsAt: status === 'resolved' ? '2026-01-05T09:20:00.000Z' : '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example:9090/graph?g0.expr=...',
      fingerprint: a.fingerprint,
    })),
  };
}

const history = (kit: Kit, reference: unknown) => kit.as('acme', 'agent').get(`/incidents/${reference}/history`);
const types = (items: Record<string, unknown>[] | undefined) => (items ?? []).map((h) => h.type);

describe('intake monitoring alerts over HTTP', () => {
  let kit: Kit;
  beforeAll(async () => (kit = await startIntakeApp(undefined, [IncidentsModule])));
  afterAll(() => kit?.close());

  const monitor = () => kit.as('acme', 'agent');

  it('correlates firing twice and a recovery into one incident with a count and a note', async () => {
    const checkout = [{ fingerprint: 'a1b2c3', alertname: 'HighErrorRate', service: 'checkout' }];
    const first = await monitor().post('/intake/alerts/alertmanager', alertmanager('firing', checkout));
    expect(first.status).toBe(202);
    const [opened] = first.body.alerts as Record<string, unknown>[];
    expect(opened).toMatchObject({ fingerprint: 'a1b2c3', outcome: 'opened', count: 1, reference: expect.stringMatching(/^INC\d{7}$/) });
    const again = await monitor().post('/intake/alerts/alertmanager', alertmanager('firing', checkout));
    expect((again.body.alerts as unknown[])[0]).toMatchObject({ outcome: 'correlated', count: 2, reference: opened!.reference });
    const resolved = await monitor().post('/intake/alerts/alertmanager', alertmanager('resolved', checkout));
    expect((resolved.body.alerts as unknown[])[0]).toMatchObject({ outcome: 'recovered', reference: opened!.reference });

    const events = await kit.eventually(
      () => history(kit, opened!.reference),
      (r) => types(r.body.items).length === 3,
    );
    expect(types(events.body.items)).toEqual(['IncidentOpened', 'IncidentNoteAdded', 'IncidentNoteAdded']);
    const incident = await monitor().get(`/incidents/${opened!.reference}`);
    expect(incident.body).toMatchObject({ channel: 'monitoring', service: 'checkout', priority: 'P1', status: 'new' });
    const notes = JSON.stringify(incident.body.notes);
    expect(notes).toContain('occurrence 2');
    expect(notes).toContain('resolved at 2026-01-05T09:20:00.000Z');
    const queue = await monitor().get('/incidents?channel=monitoring');
    expect((queue.body.items ?? []).filter((i) => i.service === 'checkout')).toHaveLength(1);
  });

  it('makes a storm for one service one incident with a count, and resolves it on recovery when the tenant chose so', async () => {
    expect((await kit.as('acme', 'tenant-admin').put('/intake/settings', { alerts: { resolveOnRecovery: true } })).status).toBe(200);
    const storm = Array.from({ length: 5 }, (_, i) => ({ fingerprint: `storm-${i}`, alertname: i % 2 ? 'DiskFull' : 'NodeDown', service: 'payments' }));
    const received = await monitor().post('/intake/alerts/alertmanager', alertmanager('firing', storm));
    const outcomes = received.body.alerts as { outcome: string; count: number; reference: string }[];
    expect(outcomes.map((o) => [o.outcome, o.count])).toEqual([
      ['opened', 1],
      ['correlated', 2],
      ['correlated', 3],
      ['correlated', 4],
      ['correlated', 5],
    ]);
    expect(new Set(outcomes.map((o) => o.reference)).size).toBe(1);
    await monitor().post('/intake/alerts/alertmanager', alertmanager('resolved', storm));
    const resolved = await kit.eventually(
      () => monitor().get(`/incidents/${outcomes[0]!.reference}`),
      (r) => r.body.status === 'resolved',
    );
    expect(resolved.body).toMatchObject({ resolution: { closingCategory: 'no-fault-found', resolvedBy: 'system:intake' } });
    const queue = await monitor().get('/incidents?channel=monitoring');
    expect((queue.body.items ?? []).filter((i) => i.service === 'payments')).toHaveLength(1);
  });

  it('accepts a generic JSON alert', async () => {
    const result = await monitor().post('/intake/alerts', { name: 'BackupFailed', service: 'nas', severity: 'warning', summary: 'Nightly backup failed' });
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({ outcome: 'opened', count: 1 });
    const incident = await kit.eventually(
      () => monitor().get(`/incidents/${result.body.reference}`),
      (r) => r.status === 200,
    );
    expect(incident.body).toMatchObject({ shortDescription: '[BackupFailed] Nightly backup failed', priority: 'P3' });
  });

  it('refuses a malformed payload naming the fields, and opens nothing; requesters may not send alerts', async () => {
    const bad = { ...alertmanager('firing', [{ fingerprint: 'x', alertname: 'X', service: 's' }]), version: '3' };
    (bad.alerts[0] as Record<string, unknown>).startsAt = 'yesterday';
    const refused = await monitor().post('/intake/alerts/alertmanager', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.errors!.map((e) => e.field).sort()).toEqual(['/alerts/0/startsAt', '/version']);
    expect((await monitor().post('/intake/alerts', { severity: 'critical' })).body.errors!.map((e) => e.field)).toEqual(['/name']);
    expect((await kit.as('acme', 'requester').post('/intake/alerts', { name: 'X' })).status).toBe(403);
    const queue = await monitor().get('/incidents?channel=monitoring');
    expect((queue.body.items ?? []).filter((i) => i.service === 's')).toHaveLength(0);
  });
});
