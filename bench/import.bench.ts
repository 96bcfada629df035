import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidGenerator, type EventToAppend } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { ProjectionRunner, SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite, SqliteCheckpointStore, sqliteFileIn } from '@deskstream/sqlite';
import { CryptoShreddingEventStore } from '../libs/platform/src/privacy/crypto-shredding-event-store';
import { PERSONAL_DATA } from '../libs/platform/src/privacy/personal-data-catalogue';
import { PersonalKeys } from '../libs/platform/src/privacy/personal-keys';
import { INCIDENT_PROJECTIONS } from '../services/incidents/src/application/incident-projections';
import { incidentQueueProjection } from '../services/incidents/src/application/incident-queue.projection';
import { IncidentReferences } from '../services/incidents/src/application/incident-references';
import { IncidentSettingsRepository } from '../services/incidents/src/application/incident-settings.repository';
import { IncidentImporter } from '../services/incidents/src/application/import/incident-importer';
import { generateServiceNowExport, GENERATED_DATE_FORMAT } from '../services/incidents/src/application/import/servicenow-export.generator';
import { serviceNowSource } from '../services/incidents/src/application/import/servicenow-source';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';

const INCIDENTS = 25_000;
/** Streams appended per turn in the store-floor baseline: as many as the importer has in flight. */
const STREAMS_PER_COMMIT = 128;

/**
 * A generated ServiceNow export (25,000 incidents, one row per update) imported into a fresh data dir
 * the way `npm run import` does with the platform stopped: the file streamed and parsed, every
 * ticket's commands decided and appended at the rows' times (their personal fields sealed, as the
 * platform's store does), the reconciliation computed; then every incidents read model (detail,
 * queue, my tickets, desk figures) catches up from checkpoint 0, opening the sealed fields, as when
 * the platform starts on the imported data. The figure is the sum of both.
 */
export async function importBenchmarks(): Promise<BenchResult[]> {
  const dir = tempDir('import');
  const generated = generateServiceNowExport({ incidents: INCIDENTS, seed: 2026 });
  const file = join(dir.path, 'export.csv');
  writeFileSync(file, generated.csv);
  const db = openSqlite(sqliteFileIn(dir.path));
  const raw = new SqliteEventStore(db);
  const documents = new SqliteDocumentStore(db);
  const store = new CryptoShreddingEventStore(raw, new PersonalKeys(documents), PERSONAL_DATA);
  try {
    const importer = new IncidentImporter(
      store,
      uuidGenerator,
      new IncidentSettingsRepository(store, uuidGenerator),
      new IncidentReferences(store, uuidGenerator),
      () => new Date(),
    );
    const start = process.hrtime.bigint();
    const report = await importer.run(serviceNowSource({ dateFormat: GENERATED_DATE_FORMAT, timeZone: 'UTC' }), {
      tenantId: 'acme',
      actor: 'bench',
      jobId: 'bench-import',
      input: createReadStream(file),
      totalBytes: statSync(file).size,
    });
    const imported = elapsedSeconds(start);
    if (report.tickets.created !== INCIDENTS || report.issues.length !== 0) {
      throw new Error(`import created ${report.tickets.created} tickets with ${report.issues.length} issues`);
    }
    const checkpoints = new SqliteCheckpointStore(db);
    const runners = INCIDENT_PROJECTIONS.map((projection) => new ProjectionRunner({ store, documents, checkpoints, projection }));
    const projecting = process.hrtime.bigint();
    await Promise.all(runners.map((runner) => runner.start()));
    await Promise.all(runners.map((runner) => runner.caughtUp()));
    const projected = elapsedSeconds(projecting);
    await Promise.all(runners.map((runner) => runner.stop()));
    const queued = await documents.collection(incidentQueueProjection.collection).count('acme');
    if (queued !== INCIDENTS) throw new Error(`queue holds ${queued} incidents, expected ${INCIDENTS}`);
    const events = (await store.headPosition()) + 1;
    const floor = await storeFloorSeconds(raw, dir.path);
    return [
      {
        name: `import: ServiceNow export of ${INCIDENTS.toLocaleString('en')} incidents, ${generated.rows.toLocaleString('en')} rows, projections included`,
        value: round(imported + projected, 2),
        unit: 's',
        target: { op: '<', value: 10 },
        baseline: { name: `the same events appended straight to a fresh store, ${STREAMS_PER_COMMIT} streams per commit`, value: round(floor, 2), unit: 's' },
        notes:
          `import ${round(imported, 2)} s (${round(generated.rows / imported).toLocaleString('en')} rows/s; ${events.toLocaleString('en')} events incl. reference counter), ` +
          `then the detail, queue, my-tickets and desk-figures projections from checkpoint 0 in ${round(projected, 2)} s (personal fields sealed on append, opened on read); ` +
          `reconciliation: ${report.reconciliation.agree} agree, ${report.reconciliation.disagree} differ by convention`,
      },
    ];
  } finally {
    await store.close();
    db.close();
    dir.remove();
  }
}

/**
 * What the store alone costs for the import's events: every imported stream copied into a fresh store
 * file, the streams appended side by side in groups (one commit each) as the importer appends them.
 */
async function storeFloorSeconds(source: SqliteEventStore, dir: string): Promise<number> {
  const byStream = new Map<string, EventToAppend[]>();
  for (let after = -1; ;) {
    const page = await source.readAll({ after, maxCount: 10_000 });
    if (page.length === 0) break;
    for (const event of page) {
      const events = byStream.get(event.streamId) ?? [];
      events.push({ eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata });
      byStream.set(event.streamId, events);
    }
    after = page.at(-1)!.position;
  }
  const db = openSqlite(join(dir, 'floor.sqlite'));
  const store = new SqliteEventStore(db);
  try {
    const streams = [...byStream];
    const start = process.hrtime.bigint();
    for (let i = 0; i < streams.length; i += STREAMS_PER_COMMIT) {
      await Promise.all(streams.slice(i, i + STREAMS_PER_COMMIT).map(([id, events]) => store.appendToStream(id, events, { expectedRevision: 'any' })));
    }
    return elapsedSeconds(start);
  } finally {
    await store.close();
    db.close();
  }
}
