import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** What scripts/run.js passes: TypeScript through @swc-node/register on this very Node (24). */
export const TS_NODE_ARGS = ['-r', '@swc-node/register', '--no-experimental-strip-types', '--enable-source-maps'];

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A Node process running a TypeScript entry point, with the tail of its output for diagnostics. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly base: string;
  readonly exited: Promise<Exit>;
  output(): string;
  /** SIGTERM (graceful) or SIGKILL (crash); resolves with how it exited. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

/** A port nobody listens on right now (the OS picks it), for a child that needs it up front. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Spawns the entry point directly (not through scripts/run.js, whose wrapper cannot pass a SIGKILL
 * on), so a crash test kills the server itself. Resolves once `readyPath` answers 200.
 */
export async function startServer(entry: string, env: Record<string, string>, readyPath: string, timeoutMs = 30_000): Promise<ServerProcess> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [...TS_NODE_ARGS, join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-16_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    child,
    base,
    exited,
    output: () => tail,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`${entry} exited before it was ready:\n${tail}`);
    const ok = await fetch(`${base}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`${entry} not ready after ${timeoutMs} ms:\n${tail}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The standalone app (every service, embedded adapters) on `dataDir`, on a free loopback port. */
export function startStandalone(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer('services/standalone/src/main.ts', { DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SMTP_PORT: '0', ...env }, '/health/ready');
}

/** A bearer token for a demo user from the embedded issuer's dev endpoint. */
export async function devToken(base: string, tenant: string, user: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, user }),
  });
  if (!response.ok) throw new Error(`dev token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
