import { Worker } from 'node:worker_threads';
import type { Sqlite } from '@deskstream/sqlite';

/** One guarded write as the worker runs it: the document serialised, or null for a deletion. */
export type ShadowRow = readonly [tenantId: string, id: string, position: number, doc: string | null];

interface Reply {
  readonly id: number;
  readonly applied?: number;
  readonly error?: string;
}

/** The connection settings the worker's connection takes from the one it writes beside. */
const SETTINGS_KEPT = ['busy_timeout', 'synchronous', 'wal_autocheckpoint', 'journal_size_limit'] as const;

/**
 * The worker's whole program, plain JavaScript so that it runs the same from sources, under Jest and
 * in the image: each batch of rows in one transaction, with the collection's own statements.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.file);
db.exec(workerData.pragmas);
const put = db.prepare(workerData.putSql);
const remove = db.prepare(workerData.deleteSql);
parentPort.on('message', ({ id, rows, close }) => {
  if (close) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.exec('BEGIN IMMEDIATE');
    let applied = 0;
    try {
      for (const [tenantId, docId, position, doc] of rows) {
        const changes = doc === null ? remove.run(tenantId, docId, position).changes : put.run(tenantId, docId, position, doc).changes;
        if (changes > 0) applied += 1;
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    parentPort.postMessage({ id, applied });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/**
 * Writes into a rebuild's fresh copy from a worker thread with its own connection to the file, so
 * that the SQLite work of a replay (inserts, index entries, commits: a quarter of it) runs on the
 * other core while this thread reads and folds the next batch. Only whole batches go there, each
 * committed before its promise resolves; the copy is read from this thread's connection, which sees
 * every committed batch. The worker holds the process only while a batch is in flight.
 */
export class SqliteShadowWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (applied: number) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  /** Null where there is no file a second connection could open (an in-memory database). */
  static forFile(db: Sqlite, statements: { readonly putSql: string; readonly deleteSql: string }): SqliteShadowWriter | null {
    const file = db.location();
    if (!file) return null;
    // The writer's connection waits, syncs and checkpoints as this one does (SQLite's default
    // checkpoint, every 4 MB, made a replay of 1,000,000 tickets wait on 400 syncs of the file).
    const pragmas = SETTINGS_KEPT.map((name) => `PRAGMA ${name} = ${Object.values(db.prepare(`PRAGMA ${name}`).get()!)[0]};`).join(' ');
    return new SqliteShadowWriter({ file, pragmas, ...statements });
  }

  private constructor(workerData: { file: string; pragmas: string; putSql: string; deleteSql: string }) {
    // Plain JavaScript: none of the process's loaders (the TypeScript one took a second to start).
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData, execArgv: [] });
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the shadow writer stopped (exit code ${code})`)));
    // After the listeners: adding a message listener holds the process again.
    this.worker.unref();
  }

  /** False once closed (the copy swapped in) or stopped: its collection then writes through its own connection. */
  get open(): boolean {
    return this.failure === null;
  }

  /** Applies the rows in one transaction; resolves with how many took effect once it is committed. */
  write(rows: readonly ShadowRow[]): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, rows });
    });
  }

  /** Closes the worker's connection (after the batches already sent) and ends the thread. */
  async close(): Promise<void> {
    if (this.failure) return;
    this.failure = new Error('the shadow writer is closed');
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.ref();
    this.worker.postMessage({ close: true });
    await exited;
  }

  private settle(reply: Reply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.applied ?? 0);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}
