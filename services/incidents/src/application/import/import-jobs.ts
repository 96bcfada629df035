import { Readable } from 'node:stream';
import { NotFound, type Clock, type IdGenerator } from '@deskstream/kernel';
import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { OrderedUpdate } from '../../domain/import/import.types';
import type { IncidentImporter } from './incident-importer';
import type { ImportReport } from './import-report';
import type { ImportProgress, ImportSource } from './import-source';

export const IMPORT_JOBS = 'incident-import-jobs';
const PROGRESS_EVERY_MS = 500;
/**
 * The SLA service replays the imported events behind the bus, and its clocks come back the same way:
 * the report compares made_sla once the imported tickets' clocks have been still for a few seconds.
 */
const SLA_SETTLING = { quietMs: 3_000, timeoutMs: 120_000 };

/** One import started over HTTP: where it stands, then its report. */
export interface ImportJobDocument extends StoredDocument {
  readonly status: 'running' | 'succeeded' | 'failed';
  readonly source: string;
  readonly fileName: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly progress: ImportProgress | null;
  readonly report: ImportReport | null;
  readonly error: string | null;
}

export interface StartImport {
  readonly tenantId: string;
  readonly actor: string;
  readonly source: ImportSource<OrderedUpdate>;
  readonly fileName: string;
  readonly content: Buffer;
}

/**
 * Imports run through the running service: the upload is taken whole, the job answers at once and
 * imports in the background, writing its progress and then its report to a tenant's job document.
 * The projections pick the imported events up as they are appended, like any others.
 */
export class ImportJobs {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly documents: DocumentStore,
    private readonly importer: IncidentImporter,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  private get jobs() {
    return this.documents.collection<ImportJobDocument>(IMPORT_JOBS);
  }

  async start(request: StartImport): Promise<ImportJobDocument> {
    const now = this.clock.now().toISOString();
    let job: ImportJobDocument = {
      id: this.ids.next(),
      tenantId: request.tenantId,
      position: 0,
      status: 'running',
      source: request.source.name,
      fileName: request.fileName,
      createdBy: request.actor,
      createdAt: now,
      updatedAt: now,
      progress: null,
      report: null,
      error: null,
    };
    await this.jobs.put(job);
    // Writes of one job go one after another, so the last one written is the last one made.
    let writing: Promise<unknown> = Promise.resolve();
    const save = (change: Partial<ImportJobDocument>): Promise<unknown> => {
      job = { ...job, ...change, position: job.position + 1, updatedAt: this.clock.now().toISOString() };
      const snapshot = job;
      writing = writing.then(() => this.jobs.put(snapshot));
      return writing;
    };
    let lastSaved = 0;
    const run = this.importer
      .run(request.source, {
        tenantId: request.tenantId,
        actor: request.actor,
        jobId: job.id,
        input: Readable.from([request.content]),
        totalBytes: request.content.length,
        awaitSlaClocks: SLA_SETTLING,
        onProgress: (progress) => {
          if (Date.now() - lastSaved < PROGRESS_EVERY_MS) return;
          lastSaved = Date.now();
          void save({ progress });
        },
      })
      .then(
        (report) =>
          save({
            status: 'succeeded',
            report,
            progress: {
              ...(job.progress ?? emptyProgress()),
              phase: 'done',
              rows: report.rows.read,
              tickets: report.tickets.seen,
              totalTickets: report.tickets.seen,
            },
          }),
        (error: unknown) => save({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
    const tracked: Promise<void> = run
      .then(() => writing)
      .then(
        () => void this.running.delete(tracked),
        () => void this.running.delete(tracked),
      );
    this.running.add(tracked);
    return job;
  }

  async get(tenantId: string, id: string): Promise<ImportJobDocument> {
    const job = await this.jobs.get(tenantId, id);
    if (!job) throw new NotFound('Import job', id);
    return job;
  }

  /** Resolves once every import started here has finished (for shutdown and tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.running]);
  }
}

const emptyProgress = (): ImportProgress => ({ phase: 'done', bytes: 0, totalBytes: null, rows: 0, tickets: 0, totalTickets: 0 });
