import { isDeepStrictEqual } from 'node:util';
import { DatabaseSync } from 'node:sqlite';
import { NestFactory } from '@nestjs/core';
import type { CheckpointStore, EventStore } from '@deskstream/kernel';
import { CHECKPOINT_STORE, DEMO_TENANTS, DOCUMENT_STORE, EVENT_STORE, loadConfig, ServiceContributions } from '@deskstream/platform';
import { rebuildProjection, type DocumentStore, type Projection, type StoredDocument } from '@deskstream/readmodels';
import { StandaloneModule } from './standalone.module';

export interface CrashCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** A command the app answered with 2xx: it must survive the crash. */
export interface Acknowledged {
  readonly tenantId: string;
  /** Stream category of the aggregate the command went to. */
  readonly category: string;
  readonly id: string;
  readonly action: string;
  readonly revision: number;
  readonly correlationId: string;
}

/** The events each command of the burst writes to its incident's stream, in order. */
export const EVENTS_OF: Readonly<Record<string, readonly string[]>> = {
  open: ['IncidentOpened'],
  assign: ['IncidentAssigned'],
  start: ['IncidentWorkStarted'],
  resolve: ['IncidentResolved'],
  'accept-resolution': ['IncidentResolutionAccepted', 'IncidentClosed'],
  'reject-resolution': ['IncidentResolutionRejected', 'IncidentReopened'],
};

interface Row {
  stream_id: string;
  revision: number;
  type: string;
  category: string;
  correlation: string;
  reference: string | null;
}

/** A check passes when it found no problem; the detail says what was verified, or the first problems. */
export const check = (name: string, problems: readonly string[], detail: string): CrashCheck => ({
  name,
  ok: problems.length === 0,
  detail: problems.length === 0 ? detail : `${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`,
});

/** Opens the file read-only: what is on disk, not what a live process would tell. */
export function readOnly<T>(file: string, fn: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Every stream whole and contiguous, every acknowledged command there, every burst command whole. */
export function storeChecks(file: string, acknowledged: readonly Acknowledged[]): { checks: CrashCheck[]; events: number; streams: number } {
  const rows = readOnly(
    file,
    (db) =>
      db
        .prepare(
          `SELECT stream_id, revision, type, category, json_extract(metadata, '$.correlationId') AS correlation,
                  CASE WHEN type = 'IncidentOpened' THEN json_extract(data, '$.reference') END AS reference
           FROM events ORDER BY stream_id, revision`,
        )
        .all() as unknown as Row[],
  );
  const streams = new Map<string, Row[]>();
  for (const row of rows) streams.set(row.stream_id, [...(streams.get(row.stream_id) ?? []), row]);

  const gaps = [...streams].filter(([, events]) => events.some((e, i) => e.revision !== i)).map(([id]) => `${id} is not 0..n`);

  // Grouped by the client's X-Correlation-Id: a server that dropped it would leave nothing to check,
  // so every acknowledged incident command must be found, and the detail says how many were checked.
  const broken: string[] = [];
  const checked = new Set<string>();
  for (const [id, events] of streams) {
    if (events[0].category !== 'incident') continue;
    const groups = new Map<string, string[]>();
    for (const event of events) groups.set(event.correlation, [...(groups.get(event.correlation) ?? []), event.type]);
    for (const [correlation, types] of groups) {
      if (!correlation?.startsWith('crash.')) continue;
      checked.add(`${id} ${correlation}`);
      if (!isDeepStrictEqual(types, EVENTS_OF[correlation.split('.')[2] ?? ''])) broken.push(`${id} ${correlation}: ${types.join(', ')}`);
    }
  }
  const incidentCommands = acknowledged.filter((ack) => ack.category === 'incident');
  const unseen = incidentCommands
    .filter((ack) => !checked.has(`${ack.category}-${ack.tenantId}.${ack.id} ${ack.correlationId}`))
    .map((ack) => `${ack.correlationId} not found on ${ack.id} (X-Correlation-Id not kept?)`);
  if (checked.size === 0) unseen.unshift('no command of the burst found to check');

  const lost = acknowledged
    .filter((ack) => (streams.get(`${ack.category}-${ack.tenantId}.${ack.id}`)?.length ?? 0) <= ack.revision)
    .map((a) => `${a.action} of ${a.id} (revision ${a.revision})`);

  const references = rows.filter((row) => row.reference !== null).map((row) => row.reference!);
  const duplicates = references.filter((reference, i) => references.indexOf(reference) !== i);

  return {
    events: rows.length,
    streams: streams.size,
    checks: [
      check('every stream has contiguous revisions 0..n', gaps, `${streams.size} streams, ${rows.length} events`),
      check(
        'every command of the burst is whole in its stream',
        [...unseen, ...broken],
        `${checked.size} commands checked (${incidentCommands.length} acknowledged among them): open/assign/start/resolve 1 event each, accept/reject-resolution 2`,
      ),
      check('every acknowledged command is in the store (file read after shutdown)', lost, `${acknowledged.length} acknowledged commands found`),
      check('no incident reference was given twice', duplicates, `${references.length} references, all distinct`),
    ],
  };
}

export interface ProjectionInfo {
  readonly name: string;
  readonly categories: readonly string[];
}

/** Runs fn on the app's ports over `dataDir` with every service module loaded and nothing running. */
async function withPorts<T>(
  dataDir: string,
  fn: (ports: { projections: readonly Projection[]; store: EventStore; documents: DocumentStore; checkpoints: CheckpointStore }) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.createApplicationContext(StandaloneModule.forRoot(config, { startRuntime: false }), { logger: false });
  try {
    return await fn({
      projections: app.get(ServiceContributions).projections,
      store: app.get<EventStore>(EVENT_STORE),
      documents: app.get<DocumentStore>(DOCUMENT_STORE),
      checkpoints: app.get<CheckpointStore>(CHECKPOINT_STORE),
    });
  } finally {
    await app.close();
  }
}

/** The projections the composed services contribute (names and categories), read from a scratch data dir. */
export function contributedProjections(scratchDir: string): Promise<ProjectionInfo[]> {
  return withPorts(scratchDir, async ({ projections }) => projections.map(({ name, categories }) => ({ name, categories: [...categories] })));
}

async function allDocuments(documents: DocumentStore, collection: string): Promise<StoredDocument[]> {
  const all: StoredDocument[] = [];
  for (const tenant of DEMO_TENANTS) {
    let cursor: string | null = null;
    do {
      const page: { items: StoredDocument[]; nextCursor: string | null } = await documents
        .collection(collection)
        .find(tenant.id, { limit: 500, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
  }
  return all.sort((a, b) => `${a.tenantId}/${a.id}`.localeCompare(`${b.tenantId}/${b.id}`));
}

/** Each projection's live documents against a full rebuild from the first event (the app must be stopped). */
export function projectionChecks(dataDir: string): Promise<CrashCheck[]> {
  return withPorts(dataDir, async ({ projections, store, documents, checkpoints }) => {
    const checks: CrashCheck[] = [];
    for (const projection of projections) {
      const live = await allDocuments(documents, projection.collection);
      await rebuildProjection({ store, documents, checkpoints, projection });
      const rebuilt = await allDocuments(documents, projection.collection);
      const differ = rebuilt.filter((doc, i) => !isDeepStrictEqual(doc, live[i])).map((doc) => `${doc.tenantId}/${doc.id}`);
      if (live.length !== rebuilt.length) differ.unshift(`${live.length} live documents, ${rebuilt.length} rebuilt`);
      checks.push(check(`projection ${projection.name} equals a full rebuild`, differ, `${live.length} documents identical`));
    }
    return checks;
  });
}
