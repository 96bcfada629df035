import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  AlreadyExists,
  commandHandler,
  NotFound,
  ValidationFailed,
  type Clock,
  type EventStore,
  type IdGenerator,
  type RecordedEvent,
} from '@deskstream/kernel';
import { DEMO_TENANTS, PLATFORM_TENANT, type Principal, type TenantFileSource } from '@deskstream/platform';
import { tenantDecider } from '../domain/tenant.decider';
import { TENANT_ID } from '../domain/tenant.rules';
import { archivedEvent, metadataOf, readArchive, writeArchive, type ArchivedEvent, type ArchivedFile, type ArchiveManifest } from './tenant-archive';
import { recordOf, type TenantRecord } from './tenant-record';
import { knownTenantStream, tenantStream } from './tenant-streams';

const PAGE = 1_000;

export interface ExportedArchive {
  readonly manifest: ArchiveManifest;
  readonly archive: Buffer;
  readonly sha256: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return names.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * A tenant's whole history out, and into another installation: every event of every stream of the
 * tenant (and its own record), in store order, as CloudEvents, with the files services keep for it,
 * checksummed in a manifest. Restoring appends the same events (same ids, envelopes and revisions),
 * so every projection, KPI and as-of read is rebuilt from them exactly as it was.
 */
export class TenantArchives {
  private readonly handler;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly fileSources: readonly TenantFileSource[],
    /** Holds back publishing while the history is appended (the platform runtime's gateway). */
    private readonly whilePublishingPaused: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {
    this.handler = commandHandler(tenantDecider, { store, clock, ids });
  }

  async export(principal: Principal, correlationId: string, tenantId: string): Promise<ExportedArchive> {
    const stream = knownTenantStream(tenantId);
    const { state } = await this.handler.load(stream);
    if (state.status === 'none') throw new NotFound('Tenant', tenantId);
    const events = (await this.historyOf(tenantId)).map(archivedEvent);
    const files = await this.filesOf(tenantId);
    const exportId = this.ids.next();
    const exportedAt = this.clock.now().toISOString();
    const { archive, manifest } = await writeArchive({ tenantId, exportId, exportedAt, exportedBy: principal.userId }, events, files);
    const sha256 = createHash('sha256').update(archive).digest('hex');
    await this.handler.handle(
      stream,
      { type: 'RecordExport', data: { exportId, sha256, eventCount: events.length, by: principal.userId, at: exportedAt } },
      { tenantId: PLATFORM_TENANT, actor: principal.userId, correlationId },
    );
    return { manifest, archive, sha256 };
  }

  /** Recreates an archived tenant here; refused if the tenant exists here, or if the archive holds anything of another tenant. */
  async restore(archive: Buffer): Promise<TenantRecord> {
    const { manifest, events, files } = await readArchive(archive);
    const { tenantId } = manifest;
    if (!TENANT_ID.test(tenantId)) throw new ValidationFailed([{ field: 'archive', message: `the archive names no valid tenant (${tenantId})` }]);
    const stream = tenantStream(tenantId);
    const own = (event: ArchivedEvent): boolean =>
      event.subject === stream ? event.tenantid === PLATFORM_TENANT : event.tenantid === tenantId && metadataOf(event).tenantId === tenantId;
    const foreign = events.find((event) => !own(event));
    if (foreign) throw new ValidationFailed([{ field: 'archive', message: `event ${foreign.id} of stream ${foreign.subject} is not tenant ${tenantId}'s` }]);
    if (!events.some((event) => event.subject === stream))
      throw new ValidationFailed([{ field: 'archive', message: `the archive holds no record of tenant ${tenantId}` }]);
    const known = (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
    if (known || DEMO_TENANTS.some((demo) => demo.id === tenantId)) throw new AlreadyExists('Tenant', tenantId);
    await this.placeFiles(tenantId, files);
    // Nothing is published until the whole history is in: no service reacts to half of it and writes where the rest goes.
    await this.whilePublishingPaused(() => this.append(events));
    const { state } = await this.handler.load(stream);
    if (state.status === 'none') throw new NotFound('Tenant', tenantId);
    return recordOf(state);
  }

  /** Every event of the tenant and of its record, in the order the store holds them. */
  private async historyOf(tenantId: string): Promise<RecordedEvent[]> {
    const stream = tenantStream(tenantId);
    const history: RecordedEvent[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await this.store.readAll({ ...(after === undefined ? {} : { after }), maxCount: PAGE });
      history.push(...page.filter((event) => event.metadata.tenantId === tenantId || event.streamId === stream));
      if (page.length < PAGE) return history;
      after = page.at(-1)!.position;
    }
  }

  /** Runs of one stream's events are appended together, each expecting the revision before its first. */
  private async append(events: readonly ArchivedEvent[]): Promise<void> {
    for (let start = 0; start < events.length;) {
      let end = start + 1;
      while (end < events.length && events[end]!.subject === events[start]!.subject) end += 1;
      const run = events.slice(start, end);
      const first = run[0]!.streamrevision;
      await this.store.appendToStream(
        run[0]!.subject,
        run.map((event) => ({ eventId: event.id, type: event.type, data: event.data, metadata: metadataOf(event) })),
        { expectedRevision: first === 0 ? 'no_stream' : first - 1 },
      );
      start = end;
    }
  }

  private async filesOf(tenantId: string): Promise<ArchivedFile[]> {
    const files: ArchivedFile[] = [];
    for (const source of this.fileSources) {
      const dir = source.dirOf(tenantId);
      for (const path of await filesUnder(dir))
        files.push({ path: ['files', source.name, ...path.split(sep)].join('/'), content: await readFile(join(dir, path)) });
    }
    return files;
  }

  /** Each file goes back under its kind's folder of the tenant, and nowhere else. */
  private async placeFiles(tenantId: string, files: readonly ArchivedFile[]): Promise<void> {
    const placed = files.map(({ path, content }) => {
      const [prefix, kind, ...rest] = path.split('/');
      const source = this.fileSources.find((s) => s.name === kind);
      if (prefix !== 'files' || !source || rest.length === 0) throw new ValidationFailed([{ field: 'archive', message: `${path}: no such kind of file here` }]);
      const root = resolve(source.dirOf(tenantId));
      const target = resolve(root, ...rest);
      if (!target.startsWith(`${root}${sep}`)) throw new ValidationFailed([{ field: 'archive', message: `${path} points outside the tenant's files` }]);
      return { target, content };
    });
    for (const { target, content } of placed) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
}
