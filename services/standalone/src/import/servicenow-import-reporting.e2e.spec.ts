import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadConfig } from '@deskstream/platform';
import type { ImportReport } from '@deskstream/incidents';
import { generateServiceNowExport, GENERATED_DATE_FORMAT, type GeneratedIncident } from '@deskstream/incidents/testing';
import { runImport } from '../import';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';

const INCIDENTS = 2_000;
const generated = generateServiceNowExport({ incidents: INCIDENTS, seed: 23, defects: true });
const truthByNumber = new Map(generated.incidents.map((incident) => [incident.number, incident]));

/** ServiceNow's display values in the platform's terms, written out here rather than taken from the importer's mapping. */
const CHANNELS: Record<string, string> = { Phone: 'phone', 'Walk in': 'phone', Email: 'email', 'Self service': 'portal' };
const LEVEL_INDEX: Record<string, number> = { '1 - High': 0, '2 - Medium': 1, '3 - Low': 2 };
/** The tenant's default priority matrix: impact (rows) x urgency (columns). */
const PRIORITIES = [
  ['P1', 'P2', 'P3'],
  ['P2', 'P3', 'P4'],
  ['P3', 'P4', 'P5'],
];

type FactRow = Record<string, string>;

/**
 * The fact record the ground truth implies, as the CSV writes it (null as empty). Not compared, for want
 * of a source truth: tiers, first response, first-contact and first-level resolution, SLA outcomes
 * (they follow the tenant's SLA definitions), problem and article links.
 */
function expectedFacts(truth: GeneratedIncident): FactRow {
  const priority = PRIORITIES[LEVEL_INDEX[truth.source.impact]!]![LEVEL_INDEX[truth.source.urgency]!]!;
  return {
    reference: truth.number,
    sourceReference: truth.number,
    kind: 'incident',
    channel: CHANNELS[truth.source.contactType]!,
    priority,
    openedAt: truth.openedAt,
    resolvedAt: truth.resolvedAt ?? '',
    closedAt: truth.closedAt ?? '',
    // Reporting's facts have no in-progress: a ticket someone is working on counts as assigned.
    status: truth.status === 'in-progress' ? 'assigned' : truth.status,
    reopenCount: String(truth.reopens),
    // The tenant's default convention counts a change of assignee alone as a reassignment too.
    reassignmentCount: String(truth.groupChanges + truth.assigneeChanges),
    caller: truth.source.caller,
    service: '',
    configurationItem: '',
    openingCategory: truth.source.category,
    // The generated close codes are not ServiceNow's, so they resolve with the mapping's default closing category.
    closingCategory: truth.resolvedAt ? 'no-fault-found' : '',
    priorityHistory: `${priority}@${truth.openedAt}`,
    assignmentGroupPath: truth.groupPath.join('>'),
    firstAssignedAt: truth.firstAssignedAt,
    csatScore: '',
    minutesLogged: '0',
    cost: '0',
  };
}

/** Every difference between the export and the ground truth: a missing, repeated or unknown ticket, or a field. */
function differences(rows: readonly FactRow[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const truth = truthByNumber.get(row.sourceReference ?? '');
    if (!truth) found.push(`${row.reference}: not in the source`);
    else if (seen.has(truth.number)) found.push(`${truth.number}: exported twice`);
    else {
      seen.add(truth.number);
      for (const [field, expected] of Object.entries(expectedFacts(truth))) {
        if (row[field] !== expected) found.push(`${truth.number}.${field}: '${row[field]}', expected '${expected}'`);
      }
    }
  }
  for (const number of truthByNumber.keys()) if (!seen.has(number)) found.push(`${number}: missing`);
  return found;
}

/**
 * A generated ServiceNow export with known ground truth, imported with the platform stopped; the
 * platform then works through the import's backlog (gateway, bus, reporting's feed, SLA timers), is
 * closed in the middle of it, restarted, and the reporting facts export is checked field by field.
 */
describe('an imported export, through the reporting facts export', () => {
  let dataDir: string;
  let report: ImportReport;
  let app: StandaloneTestApp | undefined;

  const exportedFacts = async (platform: StandaloneTestApp): Promise<FactRow[]> => {
    const token = await platform.token('analyst');
    const response = await fetch(`${platform.base}/api/v1/reporting/tickets?format=csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return parse(await response.text(), { columns: true }) as FactRow[];
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-import-reporting-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    const file = join(dataDir, 'export.csv');
    writeFileSync(file, generated.csv);
    const args = {
      source: 'servicenow' as const,
      tenant: 'acme',
      file,
      dateFormat: GENERATED_DATE_FORMAT,
      timeZone: 'UTC',
      report: join(dataDir, 'report.json'),
    };
    report = await runImport(config, args, () => undefined);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports every ticket', () => {
    expect(report.tickets).toEqual({ seen: INCIDENTS, created: INCIDENTS, updated: 0, unchanged: 0 });
  });

  it('closes in seconds while the backlog still flows: the subscribers and timers stop at a batch boundary', async () => {
    app = await startStandaloneApp('import-reporting', {}, { dataDir });
    let streamed: FactRow[] = [];
    while (streamed.length === 0) streamed = await exportedFacts(app);
    // What the suite is about: the facts are still arriving when the platform is asked to stop.
    expect(streamed.length).toBeLessThan(INCIDENTS);
    const closing = Date.now();
    await app.close();
    app = undefined;
    // It took minutes when the scheduler ran every due timer of the imported history before stopping.
    expect(Date.now() - closing).toBeLessThan(15_000);
  }, 60_000);

  it('resumes from its checkpoints once restarted: the export matches the source field by field, each ticket once', async () => {
    app = await startStandaloneApp('import-reporting', {}, { dataDir });
    const restarted = Date.now();
    const deadline = restarted + 400_000;
    let found = differences(await exportedFacts(app));
    while (found.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      found = differences(await exportedFacts(app));
    }
    expect(found.slice(0, 20)).toEqual([]);
    console.log(`the facts export matched the source ${Math.round((Date.now() - restarted) / 1000)} s after the restart`);
  }, 450_000);
});
