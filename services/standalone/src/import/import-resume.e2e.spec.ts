import { spawn } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseSync } from 'node:sqlite';
import { isSealed, loadConfig, PERSONAL_KEYS_COLLECTION, unseal, type PersonalKey } from '@deskstream/platform';
import { sqliteFileIn } from '@deskstream/sqlite';
import { generateServiceNowExport, GENERATED_DATE_FORMAT } from '@deskstream/incidents/testing';
import { runImport, type ImportArguments } from '../import';

const INCIDENTS = 3_000;
const generated = generateServiceNowExport({ incidents: INCIDENTS, seed: 23, defects: true });
const quiet = () => undefined;
const ROOT = join(__dirname, '../../../..');

/** The data dir's personal keys by id: each data dir seals with keys (and IVs) of its own. */
function personalKeys(db: DatabaseSync): Map<string, PersonalKey> {
  const collection = db.prepare('SELECT physical FROM rm_collections WHERE name = ?').get(PERSONAL_KEYS_COLLECTION) as { physical: string } | undefined;
  if (!collection) return new Map();
  const rows = db.prepare(`SELECT doc FROM "${collection.physical}"`).all() as { doc: string }[];
  return new Map(
    rows.map(({ doc }) => {
      const { keyId, secret } = JSON.parse(doc) as { keyId: string; secret: string };
      return [keyId, { id: keyId, secret: createSecretKey(Buffer.from(secret, 'base64')) }];
    }),
  );
}

/** Every incident event of a data dir, in stream order, as the domain wrote it (event ids and metadata aside; sealed fields opened). */
function incidentHistory(dataDir: string): string[] {
  const db = new DatabaseSync(sqliteFileIn(dataDir), { readOnly: true });
  try {
    const keys = personalKeys(db);
    const open = (sealed: Parameters<typeof unseal>[0]) => {
      const value = unseal(sealed, keys.get(sealed.key) ?? null);
      if (value === undefined) throw new Error(`no key ${sealed.key} in ${dataDir}`);
      return { opened: value };
    };
    const opened = (data: string) => JSON.stringify(JSON.parse(data, (_, value: unknown) => (isSealed(value) ? open(value) : value)));
    const rows = db.prepare("SELECT stream_id, revision, type, data FROM events WHERE category = 'incident' ORDER BY stream_id, revision").all();
    return rows.map((row) => `${row['stream_id']}#${row['revision']} ${row['type']} ${opened(String(row['data']))}`);
  } finally {
    db.close();
  }
}

/** How many incidents a data dir holds that an import finished (each import of a ticket ends with its source sync), or null before the store exists. */
function syncedIncidents(dataDir: string): number | null {
  if (!existsSync(sqliteFileIn(dataDir))) return null;
  try {
    const db = new DatabaseSync(sqliteFileIn(dataDir), { readOnly: true });
    try {
      const row = db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'IncidentSyncedFromSource'").get();
      return Number(row?.['n'] ?? 0);
    } finally {
      db.close();
    }
  } catch {
    return null; // the importer has not created its tables yet
  }
}

/** An import killed mid-run (SIGKILL: no shutdown, no report) and run again ends exactly where an uninterrupted import does. */
describe('resuming an import interrupted by a crash', () => {
  let work: string;
  const args = (file: string): ImportArguments => ({
    source: 'servicenow',
    tenant: 'acme',
    file,
    dateFormat: GENERATED_DATE_FORMAT,
    timeZone: 'UTC',
    report: `${file}.report.json`,
  });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'deskstream-import-resume-'));
    writeFileSync(join(work, 'export.csv'), generated.csv);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the same command run again after the kill adds what was missing, once, and nothing twice', async () => {
    const file = join(work, 'export.csv');
    const crashed = join(work, 'crashed');
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        '--no-experimental-strip-types',
        'services/standalone/src/import.ts',
        'servicenow',
        '--tenant',
        'acme',
        '--date-format',
        GENERATED_DATE_FORMAT,
        '--time-zone',
        'UTC',
        file,
      ],
      { cwd: ROOT, env: { ...process.env, DESKSTREAM_DATA_DIR: crashed, LOG_LEVEL: 'silent' }, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Killed as soon as some tickets are in the store, well before the last.
    const deadline = Date.now() + 120_000;
    while ((syncedIncidents(crashed) ?? 0) === 0 && child.exitCode === null && Date.now() < deadline) await sleep(20);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atCrash = syncedIncidents(crashed)!;
    expect(atCrash).toBeGreaterThan(0);
    expect(atCrash).toBeLessThan(INCIDENTS);
    expect(existsSync(`${file}.report.json`)).toBe(false);

    const resumed = await runImport(loadConfig({ DESKSTREAM_DATA_DIR: crashed, LOG_LEVEL: 'silent' }), args(file), quiet);
    expect(resumed.tickets.seen).toBe(INCIDENTS);
    expect(resumed.tickets.unchanged).toBe(atCrash);
    expect(resumed.tickets.created + resumed.tickets.updated).toBe(INCIDENTS - atCrash);
    expect(resumed.references.renumbered).toBe(0);

    const uninterrupted = join(work, 'uninterrupted');
    const reference = await runImport(loadConfig({ DESKSTREAM_DATA_DIR: uninterrupted, LOG_LEVEL: 'silent' }), args(file), quiet);
    expect(reference.tickets).toMatchObject({ seen: INCIDENTS, created: INCIDENTS });
    expect(syncedIncidents(crashed)).toBe(INCIDENTS);
    expect(incidentHistory(crashed)).toEqual(incidentHistory(uninterrupted));
  }, 300_000);
});
