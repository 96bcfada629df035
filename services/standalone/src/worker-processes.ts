import cluster, { type Worker } from 'node:cluster';

/** The most processes one data dir is served by: each is a full replica, and SQLite takes one writer at a time. */
export const MAX_WORKERS = 8;
/** A worker that dies unasked is started again after this long (a crash loop costs one start a second, not a spin). */
const RESTART_DELAY_MS = 1000;

type ReadyMessage = { readonly deskstream: 'ready' };
const READY: ReadyMessage = { deskstream: 'ready' };
const isReady = (message: unknown): boolean => (message as ReadyMessage | null)?.deskstream === 'ready';

/** `DESKSTREAM_WORKERS`: how many processes serve the app (default 1, this process alone). */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DESKSTREAM_WORKERS?.trim();
  if (!raw) return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    throw new Error(`DESKSTREAM_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, not "${raw}"`);
  }
  return count;
}

/** True in the process that prints the banner: the only one, or the first worker. */
export const isFirstWorker = (): boolean => cluster.isPrimary || cluster.worker?.id === 1;

/** A worker tells the primary it has opened the data dir and listens, so the next one may start. */
export function reportReady(): void {
  if (cluster.isWorker) process.send?.(READY);
}

/**
 * Serves the app from `count` processes on one data dir (node:cluster: they share the listening
 * ports, and connections are dealt round-robin). Each worker is a full replica: requests are served
 * by whichever worker takes the connection, while projections, the gateway and timers go to the one
 * replica holding each lease, and the bus consumers' partitions are shared out, so background work
 * runs on the other core too. The first worker starts alone, since it creates what the data dir lacks
 * (signing key, demo password, seeds); the others follow once it is ready.
 *
 * The primary only supervises: SIGTERM / SIGINT are passed on (each worker drains and stops as it
 * would alone) and it exits once all have; a worker that dies unasked is started again. A worker
 * exits when its primary is gone (the IPC channel closes), so a killed primary leaves no process behind.
 */
export function runWorkers(count: number, serve: () => Promise<void>): void {
  if (count === 1) {
    void serve().catch(fail);
    return;
  }
  if (cluster.isWorker) {
    process.on('disconnect', () => process.exit(1));
    void serve().catch(fail);
    return;
  }
  supervise(count);
}

function supervise(count: number): void {
  const live = new Set<Worker>();
  const ready = new WeakSet<Worker>();
  let stopping = false;
  let exitCode = 0;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of live) worker.process.kill(signal);
  };
  const fork = (then?: () => void): void => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (message: unknown) => {
      if (!isReady(message) || ready.has(worker)) return;
      ready.add(worker);
      then?.();
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (code !== 0 && code !== null) exitCode = code;
      if (!stopping && !ready.has(worker)) {
        // It never came up (bad settings, a data dir it cannot open): another try would fail alike.
        console.error(`worker ${worker.process.pid} did not start (${signal ?? `code ${code}`}); stopping`);
        exitCode ||= 1;
        stopAll('SIGTERM');
      } else if (!stopping) {
        console.error(`worker ${worker.process.pid} ended (${signal ?? `code ${code}`}); starting another`);
        setTimeout(() => (stopping ? undefined : fork()), RESTART_DELAY_MS);
      }
      if (stopping && live.size === 0) process.exit(exitCode);
    });
  };
  fork(() => {
    for (let i = 1; i < count; i += 1) fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stopAll(signal));
}

function fail(error: unknown): never {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
