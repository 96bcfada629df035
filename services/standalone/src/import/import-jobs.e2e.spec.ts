import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig } from '@deskstream/platform';
import type { ImportProgress, ImportReport } from '@deskstream/incidents';
import { generateServiceNowExport, GENERATED_DATE_FORMAT } from '@deskstream/incidents/testing';
import { StandaloneModule } from '../standalone.module';

interface JobView {
  readonly status: string;
  readonly report: ImportReport;
  readonly progress: ImportProgress;
}

const generated = generateServiceNowExport({ incidents: 300, seed: 11, firstNumber: 20_001, defects: true });

/** Imports through the running platform: a tenant admin uploads an export, follows the job, reads the tickets. */
describe('POST /api/v1/import/jobs', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;
  const token: Record<string, string> = {};

  const form = (fields: Record<string, string>, csv: string | null = generated.csv) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (csv !== null) body.append('file', new Blob([csv], { type: 'text/csv' }), 'export.csv');
    return body;
  };
  const post = (who: string, body: FormData) =>
    fetch(`${base}/api/v1/import/jobs`, { method: 'POST', headers: { authorization: `Bearer ${token[who]}` }, body });
  const get = async <T = Record<string, unknown>>(who: string, path: string) => {
    const response = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-import-jobs-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    for (const [who, tenant, user] of [
      ['admin', 'acme', 'tenant-admin'],
      ['agent', 'acme', 'agent'],
      ['globex', 'globex', 'tenant-admin'],
    ]) {
      const issued = await fetch(`${base}/api/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant, user }),
      });
      token[who!] = ((await issued.json()) as { token: string }).token;
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs the import in the background; the job shows progress, then the report; the tickets are the platform's", async () => {
    const started = await post('admin', form({ source: 'servicenow', dateFormat: GENERATED_DATE_FORMAT, timeZone: 'UTC' }));
    expect(started.status).toBe(202);
    const job = (await started.json()) as { id: string; status: string; source: string };
    expect(job).toMatchObject({ status: 'running', source: 'servicenow', fileName: 'export.csv' });
    expect(started.headers.get('location')).toBe(`/api/v1/import/jobs/${job.id}`);
    let current = await get<JobView>('admin', `/import/jobs/${job.id}`);
    const deadline = Date.now() + 60_000;
    while (current.body.status === 'running' && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      current = await get<JobView>('admin', `/import/jobs/${job.id}`);
    }
    expect(current.body.status).toBe('succeeded');
    expect(current.body.report.tickets).toMatchObject({ seen: 300, created: 300 });
    expect(current.body.report.issues).toHaveLength(generated.malformedRows + generated.duplicatedRows);
    expect(current.body.progress).toMatchObject({ phase: 'done', rows: generated.rows, tickets: 300 });
    const truth = generated.incidents[5]!;
    const ticket = await get('agent', `/incidents/${truth.number}`);
    expect(ticket.body).toMatchObject({ status: truth.status, sourceReference: truth.number, reopenCount: truth.reopens });
    expect((await get('globex', `/import/jobs/${job.id}`)).status).toBe(404);
  }, 90_000);

  it('is for tenant admins only', async () => {
    expect((await post('agent', form({ source: 'servicenow' }))).status).toBe(403);
  });

  it('names each bad field: an unknown source, an unknown field, a missing file, a missing mapping, an unknown zone', async () => {
    const problem = async (body: FormData) => {
      const response = await post('admin', body);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      return { status: response.status, text: JSON.stringify(await response.json()) };
    };
    expect((await problem(form({ source: 'jira' }))).text).toContain('source');
    expect((await problem(form({ source: 'servicenow', colour: 'red' }))).text).toContain('colour');
    expect((await problem(form({ source: 'servicenow' }, null))).text).toContain('file');
    expect((await problem(form({ source: 'eventlog' }))).text).toContain('mapping');
    expect((await problem(form({ source: 'servicenow', timeZone: 'Mars/Olympus' }))).text).toContain('timeZone');
  });

  it('answers a malformed multipart body (no boundary) with 400 naming the file, not 500', async () => {
    const response = await fetch(`${base}/api/v1/import/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token['admin']}`, 'content-type': 'multipart/form-data' },
      body: 'source=servicenow',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['file']);
  });
});
