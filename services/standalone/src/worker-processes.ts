import cluster, { type Worker } from 'node:cluster';

/** The most edge processes beside the writer: each adds a connection reading the one SQLite file. */
export const MAX_WORKERS = 8;
/** A worker that dies unasked is started again after this long (a crash loop costs one start a second, not a spin). */
const RESTART_DELAY_MS = 1000;

/** What the first edge tells the writer once it listens: the port and the banner's channel lines. */
export interface EdgeReady {
  readonly port: number;
  readonly channels: readonly string[];
}

type ReadyMessage = { readonly deskstream: 'ready'; readonly edge: EdgeReady };
const isReady = (message: unknown): message is ReadyMessage => (message as ReadyMessage | null)?.deskstream === 'ready';

/** `DESKSTREAM_WORKERS`: how many edge processes serve HTTP and mail beside the writer (default 0: one process does everything). */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DESKSTREAM_WORKERS?.trim();
  if (!raw) return 0;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > MAX_WORKERS) {
    throw new Error(`DESKSTREAM_WORKERS must be a whole number from 0 to ${MAX_WORKERS}, not "${raw}"`);
  }
  return count;
}

/** The writer once its app is open: the banner it prints when the first edge listens, and how it closes. */
export interface Writer {
  banner(first: EdgeReady): void;
  close(): Promise<void>;
}

/** How the app serves in each role: `whole` alone, or the `writer` and its edges. */
export interface Roles {
  whole(): Promise<void>;
  writer(): Promise<Writer>;
  edge(): Promise<EdgeReady>;
}

/**
 * Serves the app from one process (`count` 0) or from a writer and `count` edges on one data dir
 * (node:cluster). The primary is the writer: it opens the app without HTTP, holds the connection that
 * appends events, and runs every projection, consumer, timer and the gateway. The workers are edges:
 * they share the HTTP and SMTP ports (connections dealt round-robin), authenticate, validate, decide
 * and read on their own connection, and send their appends to the writer (see `writer-link.ts` in
 * libs/platform). One writer keeps SQLite's one-writer rule without lock waits, and the group commit
 * takes every edge's appends together.
 *
 * The writer opens the data dir first (signing key, demo password, seeds), then starts the edges one
 * after another, and prints the banner once the first one listens. SIGTERM / SIGINT stop the edges first (each drains its
 * requests), then the writer; an edge that dies unasked is started again. An edge exits when its
 * writer is gone (the IPC channel closes), so a killed writer leaves no process behind.
 */
export function runWorkers(count: number, roles: Roles): void {
  if (count === 0) {
    void roles.whole().catch(fail);
  } else if (cluster.isWorker) {
    process.on('disconnect', () => process.exit(1));
    void roles
      .edge()
      .then((edge) => process.send?.({ deskstream: 'ready', edge } satisfies ReadyMessage))
      .catch(fail);
  } else {
    void roles
      .writer()
      .then((writer) => supervise(count, writer))
      .catch(fail);
  }
}

function supervise(count: number, writer: Writer): void {
  const live = new Set<Worker>();
  const ready = new WeakSet<Worker>();
  let bannerShown = false;
  let stopping = false;
  let exitCode = 0;
  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (live.size === 0) stopWriter(writer, exitCode);
    for (const worker of live) worker.process.kill(signal);
  };
  const fork = (then?: () => void): void => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (message: unknown) => {
      if (!isReady(message) || ready.has(worker)) return;
      ready.add(worker);
      if (!bannerShown) writer.banner(message.edge);
      bannerShown = true;
      then?.();
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (code !== 0 && code !== null) exitCode = code;
      if (!stopping && !ready.has(worker)) {
        // It never came up (bad settings, a port it cannot take): another try would fail alike.
        console.error(`worker ${worker.process.pid} did not start (${signal ?? `code ${code}`}); stopping`);
        exitCode ||= 1;
        stopAll('SIGTERM');
      } else if (!stopping) {
        console.error(`worker ${worker.process.pid} ended (${signal ?? `code ${code}`}); starting another`);
        setTimeout(() => (stopping ? undefined : fork()), RESTART_DELAY_MS);
      }
      // The writer stops last, once no edge can send it an append: its shutdown hooks close the data dir.
      if (stopping && live.size === 0) stopWriter(writer, exitCode);
    });
  };
  // One after another: each edge builds its in-memory copies (search index, caches) at start.
  const forkFrom = (i: number): void => (i < count ? fork(() => forkFrom(i + 1)) : undefined);
  forkFrom(0);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => stopAll(signal));
  }
}

/** Closes the writer's app (its shutdown hooks close the data dir), then exits. */
function stopWriter(writer: Writer, exitCode: number): void {
  void writer.close().then(
    () => process.exit(exitCode),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}

function fail(error: unknown): never {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
