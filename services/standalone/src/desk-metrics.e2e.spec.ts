import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUntil } from '@deskstream/testing';
import { startStandaloneApp, type StandaloneTestApp } from './standalone-test-app';

/** The value of one series in a Prometheus text scrape, 0 when absent. */
export function sample(scrape: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = scrape
    .split('\n')
    .find(
      (l) =>
        l.startsWith(`${name}{`) &&
        wanted.every((label) => l.slice(0, l.indexOf('}')).includes(label)) &&
        l.slice(l.indexOf('{') + 1, l.indexOf('}')).split(',').length === wanted.length,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe("the desk's own metrics at /metrics", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-desk-metrics-'));
  let kit: StandaloneTestApp;
  let agent: string;
  beforeAll(async () => {
    kit = await startStandaloneApp('desk-metrics', {}, { dataDir });
    agent = await kit.token('agent');
  }, 60_000);
  afterAll(async () => {
    await kit?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const scrape = async () => (await fetch(`${kit.base}/metrics`)).text();
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`${kit.base}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agent}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as { reference: string };
  };
  const open = (shortDescription: string, impact: number, urgency: number) =>
    post('/incidents', { channel: 'phone', caller: 'requester', shortDescription, description: 'Reported by phone', impact, urgency });

  it('counts incidents opened and resolved by tenant and priority, the open backlog by status, and keeps the totals from the events', async () => {
    const before = await scrape();
    const opened = (priority: string, text = before) => sample(text, 'deskstream_tickets_opened_total', { tenant: 'acme', priority });
    const resolved = (priority: string, text = before) => sample(text, 'deskstream_tickets_resolved_total', { tenant: 'acme', priority });
    const backlog = (status: string, text = before) => sample(text, 'deskstream_ticket_backlog', { tenant: 'acme', status });

    const first = await open('Laptop will not boot', 1, 1);
    await open('Mouse is sluggish', 3, 3);
    await post(`/incidents/${first.reference}/assign`, { group: 'service-desk', assignee: 'agent' });
    await post(`/incidents/${first.reference}/start`);
    await post(`/incidents/${first.reference}/resolve`, { closingCategory: 'hardware', notes: 'Replaced the disk' });

    const after = await readUntil(scrape, (text) => resolved('P1', text) === resolved('P1') + 1 && opened('P5', text) === opened('P5') + 1);
    expect(opened('P1', after)).toBe(opened('P1') + 1);
    expect(opened('P5', after)).toBe(opened('P5') + 1);
    expect(resolved('P1', after)).toBe(resolved('P1') + 1);
    expect(resolved('P5', after)).toBe(resolved('P5'));
    const openBacklog = (text?: string) => ['new', 'assigned', 'in-progress', 'on-hold'].reduce((sum, status) => sum + backlog(status, text), 0);
    expect(openBacklog(after)).toBe(openBacklog() + 1);
    expect(backlog('in-progress', after)).toBe(backlog('in-progress'));
    expect(after).toMatch(/^# TYPE deskstream_tickets_opened_total counter$/m);
    expect(after).toMatch(/^# TYPE deskstream_ticket_backlog gauge$/m);
    expect(after).toMatch(/^# TYPE deskstream_sla_breaches_total counter$/m);
    // Bounded: nothing but tenant, priority and status labels the desk's series.
    for (const line of after.split('\n').filter((l) => /^deskstream_(tickets|ticket_backlog|sla_breaches)/.test(l))) {
      expect(
        line
          .slice(line.indexOf('{') + 1, line.indexOf('}'))
          .split(',')
          .map((label) => label.split('=')[0]),
      ).toEqual(expect.arrayContaining(['tenant']));
      expect(line).not.toMatch(/INC\d|incident=|reference=/);
    }

    // A restart counts nothing twice and loses nothing: the figures come from the read models.
    await kit.close();
    kit = await startStandaloneApp('desk-metrics', {}, { dataDir });
    const restarted = await scrape();
    for (const priority of ['P1', 'P5']) {
      expect(opened(priority, restarted)).toBe(opened(priority, after));
      expect(resolved(priority, restarted)).toBe(resolved(priority, after));
    }
    expect(openBacklog(restarted)).toBe(openBacklog(after));
  }, 60_000);
});
