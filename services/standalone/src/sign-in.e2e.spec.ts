import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandalone, type ServerProcess } from './standalone-process';

/** An external IPv4 address of this machine, if any: what another machine on the network would reach. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

async function banner(server: ServerProcess): Promise<string> {
  for (let i = 0; i < 100 && !server.output().includes('Stop with Ctrl-C'); i++) await new Promise((done) => setTimeout(done, 50));
  return server.output();
}

/** The authorization code + PKCE flow as a browser app runs it, with a demo user's password. */
async function signIn(base: string, tenant: string, username: string, password: string): Promise<Response> {
  const verifier = randomBytes(32).toString('base64url');
  const redirect = 'http://127.0.0.1:8765/callback';
  const authorize = await fetch(`${base}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      response_type: 'code',
      client_id: 'cli',
      redirect_uri: redirect,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      tenant,
      username,
      password,
    }),
  });
  if (authorize.status !== 302) return authorize;
  const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!;
  return fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: 'cli', code_verifier: verifier }),
  });
}

const devTokenAt = (base: string) =>
  fetch(`${base}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'acme', user: 'tenant-admin' }),
  });

/** `npm start` as a new user meets it: loopback by default, HOST to open it, demo passwords to sign in. */
describe('standalone sign-in and listening address', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-signin-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('listens on loopback only by default, prints a generated demo password once, which signs in', async () => {
    const server = await startStandalone(dataDir, { HOST: '' });
    try {
      const text = await banner(server);
      expect(text).toContain('Listening on 127.0.0.1 only');
      expect(text).toContain('/api/v1/dev/token');
      const password = /Demo password for every demo user: (\S+)/.exec(text)?.[1];
      expect(password).toBeDefined();
      const port = new URL(server.base).port;
      if (externalAddress) {
        const outside = await fetch(`http://${externalAddress}:${port}/health/live`).then(
          (r) => r.status,
          (e: Error) => e.message,
        );
        expect(outside).toBe('fetch failed');
      }
      const token = await signIn(server.base, 'acme', 'agent', password!);
      expect(token.status).toBe(200);
      const { access_token: bearer } = (await token.json()) as { access_token: string };
      const me = await fetch(`${server.base}/api/v1/me`, { headers: { authorization: `Bearer ${bearer}` } });
      expect(await me.json()).toMatchObject({ tenantId: 'acme', userId: 'agent' });
      expect((await signIn(server.base, 'acme', 'agent', 'not-the-password')).status).toBe(401);
      await server.stop();

      const again = await startStandalone(dataDir, { HOST: '' });
      try {
        const second = await banner(again);
        expect(second).toContain('the one shown when this data dir was created');
        expect(second).not.toContain(password!);
        expect((await signIn(again.base, 'globex', 'requester', password!)).status).toBe(200);
      } finally {
        await again.stop();
      }
    } finally {
      await server.stop();
    }
  }, 90_000);

  (externalAddress ? it : it.skip)(
    'opened with HOST, says so, and hands dev tokens only to this machine (403 problem+json)',
    async () => {
      const server = await startStandalone(dataDir, { HOST: '0.0.0.0', DEMO_PASSWORD: 'chosen-by-the-admin' });
      try {
        const text = await banner(server);
        expect(text).toContain('Open to the network on 0.0.0.0');
        expect(text).toContain('the value of DEMO_PASSWORD');
        const port = new URL(server.base).port;
        const remote = await devTokenAt(`http://${externalAddress}:${port}`);
        expect(remote.status).toBe(403);
        expect(remote.headers.get('content-type')).toContain('application/problem+json');
        expect(await remote.json()).toMatchObject({ status: 403, detail: expect.stringContaining('only to clients on this machine') });
        expect((await devTokenAt(server.base)).status).toBe(201);
        expect((await signIn(`http://${externalAddress}:${port}`, 'acme', 'agent', 'chosen-by-the-admin')).status).toBe(200);
      } finally {
        await server.stop();
      }
    },
    60_000,
  );
});
