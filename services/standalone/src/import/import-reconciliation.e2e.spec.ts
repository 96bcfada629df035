import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig } from '@deskstream/platform';
import type { ImportReport } from '@deskstream/incidents';
import { StandaloneModule } from '../standalone.module';

const HEADER =
  'number,incident_state,active,sys_mod_count,sys_updated_at,sys_updated_by,opened_at,opened_by,caller_id,contact_type,location,category,impact,urgency,priority,assignment_group,assigned_to,problem_id,closed_code,resolved_by,resolved_at,closed_at,reassignment_count,reopen_count,made_sla';
const CSV = [
  HEADER,
  'INC0090001,New,true,0,2026-01-05 09:00:00,jo.caller,2026-01-05 09:00:00,jo.caller,jo.caller,Phone,Berlin HQ,Network,1 - High,1 - High,1 - Critical,?,?,?,?,?,?,?,0,0,true',
  'INC0090001,Active,true,1,2026-01-05 09:10:00,max.agent,2026-01-05 09:00:00,jo.caller,jo.caller,Phone,Berlin HQ,Network,1 - High,1 - High,1 - Critical,Field Services,max.agent,PRB0040001,?,?,?,?,0,0,true',
  'INC0090001,Closed,false,2,2026-01-05 12:00:00,max.agent,2026-01-05 09:00:00,jo.caller,jo.caller,Phone,Berlin HQ,Network,1 - High,1 - High,2 - High,Field Services,max.agent,PRB0040001,code 1,max.agent,2026-01-05 10:30:00,2026-01-05 11:00:00,0,0,true',
  // P1 resolved a day later: its resolution clock (4 hours, 24x7) breaches, though the source says made_sla.
  'INC0090002,Active,true,0,2026-01-05 09:00:00,max.agent,2026-01-05 09:00:00,jo.caller,jo.caller,Phone,Berlin HQ,Network,1 - High,1 - High,1 - Critical,Field Services,max.agent,?,?,?,?,?,0,0,true',
  'INC0090002,Resolved,true,1,2026-01-06 09:00:00,max.agent,2026-01-05 09:00:00,jo.caller,jo.caller,Phone,Berlin HQ,Network,1 - High,1 - High,1 - Critical,Field Services,max.agent,?,code 1,max.agent,?,?,0,0,true',
].join('\n');

interface JobView {
  readonly status: string;
  readonly report: ImportReport;
}

/**
 * An import through the running platform: the people, groups, categories and locations it meets become
 * directory entries of the importing tenant, and its report reconciles priority, active and made_sla
 * (against the SLA clocks the SLA service replayed from the imported events).
 */
describe('import through the running platform: directory and reconciliation', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;
  const token: Record<string, string> = {};

  const get = async <T = Record<string, unknown>>(who: string, path: string) => {
    const response = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
    return { status: response.status, body: (await response.json()) as T };
  };
  const eventually = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 30_000;
    while (!(await check()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
  };
  const importCsv = async (who: string, csv: string): Promise<JobView> => {
    const body = new FormData();
    body.append('source', 'servicenow');
    body.append('file', new Blob([csv], { type: 'text/csv' }), 'export.csv');
    const started = await fetch(`${base}/api/v1/import/jobs`, { method: 'POST', headers: { authorization: `Bearer ${token[who]}` }, body });
    const { id } = (await started.json()) as { id: string };
    let job = await get<JobView>(who, `/import/jobs/${id}`);
    await eventually(async () => (job = await get<JobView>(who, `/import/jobs/${id}`)).body.status !== 'running');
    return job.body;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-import-directory-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    for (const [who, tenant, user] of [
      ['admin', 'acme', 'tenant-admin'],
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

  it('the people, group, category and location of the rows become entries of the importing tenant only', async () => {
    const job = await importCsv('admin', CSV);
    expect(job.status).toBe('succeeded');
    await eventually(async () => (await get('admin', '/directory/locations/berlin-hq')).status === 200);
    const paths = ['/directory/users/max.agent', '/directory/users/jo.caller', '/directory/groups/field-services', '/directory/categories/network'];
    const found = await Promise.all([...paths, '/directory/locations/berlin-hq'].map((path) => get<{ attributes: { name: string } }>('admin', path)));
    expect(found.map((f) => [f.status, f.body.attributes?.name])).toEqual([
      [200, 'max.agent'],
      [200, 'jo.caller'],
      [200, 'Field Services'],
      [200, 'Network'],
      [200, 'Berlin HQ'],
    ]);
    expect((await get<{ attributes: { roles: string[] } }>('admin', '/directory/users/max.agent')).body.attributes.roles).toEqual([]);
    const elsewhere = await Promise.all([...paths, '/directory/locations/berlin-hq'].map((path) => get('globex', path)));
    expect(elsewhere.map((f) => f.status)).toEqual([404, 404, 404, 404, 404]);
  }, 60_000);

  it('the ticket is resolved at resolved_at, closed at closed_at, linked to its problem; priority and active are reconciled', async () => {
    const ticket = await get<{ status: string; closedAt: string; resolution: { at: string }; notes: { relatedProblem: string | null; visibility: string }[] }>(
      'admin',
      '/incidents/INC0090001',
    );
    expect(ticket.body).toMatchObject({ status: 'closed', resolution: { at: '2026-01-05T10:30:00.000Z' }, closedAt: '2026-01-05T11:00:00.000Z' });
    expect(ticket.body.notes.map((note) => [note.visibility, note.relatedProblem])).toEqual([['internal', 'PRB0040001']]);
    const again = await importCsv('admin', CSV);
    expect(again.report.tickets).toMatchObject({ seen: 2, unchanged: 2 });
    // INC0090002 was resolved in January and the tenant's quiet period has closed it since: active in the source, closed here.
    expect(again.report.reconciliation).toMatchObject({ priority: { agree: 1, disagree: 1 }, active: { agree: 1, disagree: 1 } });
    expect(again.report.reconciliation.incidents.find((i) => i.number === 'INC0090002')!.reasons).toEqual([
      'active: the source says true, the ticket is closed here',
    ]);
    expect(again.report.reconciliation.incidents.find((i) => i.number === 'INC0090001')!.reasons).toContain(
      "priority: the tenant's matrix gives P1 for the ticket's impact and urgency, the source wrote P2",
    );
  }, 60_000);

  it('made_sla is compared with the replayed SLA clocks: the late P1 disagrees, the one resolved in time agrees', async () => {
    const job = await importCsv('admin', CSV);
    expect(job.report.reconciliation.madeSla).toMatchObject({
      compared: 2,
      agree: 1,
      disagree: 1,
      notCompared: 0,
      incidents: [{ number: 'INC0090002', reference: 'INC0090002', derived: false, source: true }],
    });
  }, 150_000);
});
