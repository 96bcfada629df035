import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, type PlatformConfig } from '@deskstream/platform';
import type { ImportReport } from '@deskstream/incidents';
import { generateServiceNowExport, GENERATED_DATE_FORMAT } from '@deskstream/incidents/testing';
import { runImport, type ImportArguments } from '../import';
import { StandaloneModule } from '../standalone.module';

const INCIDENTS = 3_000;
const generated = generateServiceNowExport({ incidents: INCIDENTS, seed: 7, defects: true });
const quiet = () => undefined;

/** A generated ServiceNow export with known ground truth, imported with the platform stopped, then read over HTTP. */
describe('importing a ServiceNow export, checked through the incidents API', () => {
  let dataDir: string;
  let config: PlatformConfig;
  let args: ImportArguments;
  let first: ImportReport;
  let app: NestFastifyApplication;
  let base: string;
  const tokens: Record<string, string> = {};

  const get = async (path: string, tenant = 'acme') => {
    const response = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${tokens[tenant]}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  async function countInQueue(status: string): Promise<number> {
    let count = 0;
    let cursor: string | null = null;
    do {
      const { body } = await get(`/incidents?status=${status}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      count += (body.items as unknown[]).length;
      cursor = body.nextCursor as string | null;
    } while (cursor);
    return count;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-import-'));
    config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    const file = join(dataDir, 'export.csv');
    writeFileSync(file, generated.csv);
    args = { source: 'servicenow', tenant: 'acme', file, dateFormat: GENERATED_DATE_FORMAT, timeZone: 'UTC', report: join(dataDir, 'report.json') };
    first = await runImport(config, args, quiet);
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    for (const tenant of ['acme', 'globex']) {
      const issued = await fetch(`${base}/api/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant, user: 'agent' }),
      });
      tokens[tenant] = ((await issued.json()) as { token: string }).token;
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads every row, opens every ticket under its own number and lists each broken row with its line', () => {
    expect(first.rows.read).toBe(generated.rows);
    expect(first.tickets).toEqual({ seen: INCIDENTS, created: INCIDENTS, updated: 0, unchanged: 0 });
    expect(first.references).toEqual({ kept: INCIDENTS, renumbered: 0 });
    expect(first.issues).toHaveLength(generated.malformedRows + generated.duplicatedRows);
    expect(first.issues.every((issue) => issue.line > 1 && issue.number !== null && issue.reason.length > 0)).toBe(true);
    expect(first.rows.applied).toBe(generated.rows - first.issues.length);
  });

  it('reconciles: reopens agree everywhere; reassignments differ exactly where an assignee alone changed, named as a convention', () => {
    const changedAssignee = generated.incidents.filter((incident) => incident.assigneeChanges > 0).map((incident) => incident.number);
    expect(first.reconciliation.compared).toBe(INCIDENTS);
    expect(first.reconciliation.reopens).toEqual({ agree: INCIDENTS, disagree: 0 });
    expect(first.reconciliation.incidents.map((incident) => incident.number).sort()).toEqual(changedAssignee.sort());
    expect(first.reconciliation.incidents.every((incident) => incident.reasons.some((reason) => reason.includes('reassignmentCounting: group-change')))).toBe(
      true,
    );
  });

  it('the queue read model holds every imported ticket in the status the ground truth says', async () => {
    const closed = generated.incidents.filter((incident) => incident.status === 'closed').length;
    const deadline = Date.now() + 60_000;
    while ((await countInQueue('closed')) < closed && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
    expect(await countInQueue('closed')).toBe(closed);
    expect(await countInQueue('in-progress')).toBe(INCIDENTS - closed);
  }, 90_000);

  it('each record derives the source counts, keeps sourceReference, and stands as it did at any earlier time', async () => {
    for (const truth of generated.incidents.filter((_, i) => i % 97 === 0)) {
      const { status, body } = await get(`/incidents/${truth.number}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        reference: truth.number,
        sourceReference: truth.number,
        status: truth.status,
        reopenCount: truth.reopens,
        reassignmentCount: truth.groupChanges + truth.assigneeChanges,
        group: truth.group,
      });
      const openedAt = body.openedAt as string;
      const then = await get(`/incidents/${truth.number}?asOf=${encodeURIComponent(new Date(Date.parse(openedAt) + 1_000).toISOString())}`);
      expect(then.body).toMatchObject({ status: 'new', group: null });
    }
  });

  it('another tenant cannot see an imported ticket (404)', async () => {
    expect((await get(`/incidents/${generated.incidents[0]!.number}`, 'globex')).status).toBe(404);
  });

  it('new tickets continue above the highest imported number', async () => {
    const response = await fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.acme}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'phone', caller: 'requester', shortDescription: 'After the import', description: 'A live ticket' }),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { reference: string }).reference).toBe(`INC${String(10_001 + INCIDENTS).padStart(7, '0')}`);
  });

  it('importing the same export again adds nothing', async () => {
    await app.close();
    const again = await runImport(config, args, quiet);
    expect(again.tickets).toEqual({ seen: INCIDENTS, created: 0, updated: 0, unchanged: INCIDENTS });
    expect(again.rows.applied).toBe(0);
    expect(again.rows.alreadyImported).toBe(first.rows.applied + generated.duplicatedRows);
    app = undefined as unknown as NestFastifyApplication;
  }, 60_000);
});
