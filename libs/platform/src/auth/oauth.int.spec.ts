import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ManualClock } from '@deskstream/kernel';
import { devToken, embeddedConfig, startAuthTestApp, TEST_ISSUER } from './auth-test-app';
import { AuthorizationCodes, s256 } from './authorization-codes';
import { CREDENTIALS_FILE, DemoCredentials } from './demo-credentials';

const PASSWORD = 'correct-horse-battery';
const VERIFIER = 'v'.repeat(20) + '-._~'.repeat(6);
const REDIRECT = 'http://127.0.0.1:8765/callback';

const authorizeParams = (overrides: Record<string, string> = {}) => ({
  response_type: 'code',
  client_id: 'deskstream-web',
  redirect_uri: REDIRECT,
  code_challenge: s256(VERIFIER),
  code_challenge_method: 'S256',
  state: 'xyz-42',
  ...overrides,
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** An external IPv4 address of this machine, if it has one: a client there is not on loopback. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

describe('built-in issuer sign-in (authorization code + PKCE, demo passwords)', () => {
  let dataDir: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-oauth-'));
    app = await startAuthTestApp(embeddedConfig(dataDir, { demoPassword: PASSWORD }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(fields: Record<string, string>) {
    return app.inject({ method: 'POST', url: '/oauth/authorize', headers: FORM, payload: form({ ...authorizeParams(), ...fields }) });
  }

  async function code(user = 'agent', password = PASSWORD): Promise<string> {
    const response = await signIn({ tenant: 'acme', username: user, password });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('xyz-42');
    return location.searchParams.get('code')!;
  }

  const exchange = (fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: FORM,
      payload: form({ grant_type: 'authorization_code', redirect_uri: REDIRECT, client_id: 'deskstream-web', code_verifier: VERIFIER, ...fields }),
    });

  it('advertises the authorization and token endpoints with S256 PKCE in its discovery document', async () => {
    const discovery = (await app.inject({ method: 'GET', url: '/.well-known/openid-configuration' })).json();
    expect(discovery).toMatchObject({
      authorization_endpoint: `${TEST_ISSUER}/oauth/authorize`,
      token_endpoint: `${TEST_ISSUER}/oauth/token`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
    });
  });

  it('shows a sign-in form for a valid request, and refuses foreign redirect URIs or plain PKCE', async () => {
    const page = await app.inject({ method: 'GET', url: `/oauth/authorize?${form(authorizeParams())}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('name="password"');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const evil = await app.inject({ method: 'GET', url: `/oauth/authorize?${form(authorizeParams({ redirect_uri: 'https://evil.example/cb' }))}` });
    expect(evil.statusCode).toBe(400);
    const plain = await app.inject({ method: 'GET', url: `/oauth/authorize?${form(authorizeParams({ code_challenge_method: 'plain' }))}` });
    expect(plain.statusCode).toBe(400);
  });

  it('signs a demo user in with the password, and the code exchanged with the verifier gives a working token', async () => {
    const response = await exchange({ code: await code() });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { access_token: token, token_type: type } = response.json<{ access_token: string; token_type: string }>();
    expect(type).toBe('Bearer');
    const me = await app.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ tenantId: 'acme', userId: 'agent', roles: ['agent'] });
  });

  it('refuses a wrong password or an unknown user with 401 and no code', async () => {
    for (const [user, password] of [
      ['agent', 'wrong-password'],
      ['nobody', PASSWORD],
    ]) {
      const response = await signIn({ tenant: 'acme', username: user, password });
      expect(response.statusCode).toBe(401);
      expect(response.headers.location).toBeUndefined();
      expect(response.body).toContain('Wrong desk, user or password');
    }
  });

  it('refuses a code with the wrong verifier, for another redirect URI, or a second time', async () => {
    const wrongVerifier = await exchange({ code: await code(), code_verifier: 'w'.repeat(43) });
    expect(wrongVerifier.statusCode).toBe(400);
    expect(wrongVerifier.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await exchange({ code: await code(), redirect_uri: 'http://127.0.0.1:9999/other' })).statusCode).toBe(400);
    const once = await code();
    expect((await exchange({ code: once })).statusCode).toBe(200);
    expect((await exchange({ code: once })).json()).toMatchObject({ error: 'invalid_grant', detail: expect.stringContaining('used') });
  });

  it('keeps only scrypt hashes on disk', () => {
    const stored = readFileSync(join(dataDir, CREDENTIALS_FILE), 'utf8');
    expect(stored).not.toContain(PASSWORD);
    expect(Object.values(JSON.parse(stored) as Record<string, string>).every((hash) => hash.startsWith('scrypt$'))).toBe(true);
  });

  it('lets a signed-in user change their password: the old one stops working', async () => {
    const token = await devToken(app, 'globex', 'resolver');
    const change = (body: object) => app.inject({ method: 'POST', url: '/api/v1/me/password', headers: { authorization: `Bearer ${token}` }, payload: body });
    expect((await change({ currentPassword: 'not-it-at-all', newPassword: 'a-new-secret' })).statusCode).toBe(403);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'a-new-secret' })).statusCode).toBe(204);
    expect((await signIn({ tenant: 'globex', username: 'resolver', password: PASSWORD })).statusCode).toBe(401);
    expect((await signIn({ tenant: 'globex', username: 'resolver', password: 'a-new-secret' })).statusCode).toBe(302);
  });

  it('answers the dev token endpoint only for loopback clients: 403 naming why otherwise', async () => {
    const remote = await app.inject({ method: 'POST', url: '/api/v1/dev/token', remoteAddress: '10.1.2.3', payload: { tenant: 'acme', user: 'tenant-admin' } });
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toMatchObject({ detail: expect.stringContaining('only to clients on this machine') });
    const mapped = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/token',
      remoteAddress: '::ffff:127.0.0.1',
      payload: { tenant: 'acme', user: 'agent' },
    });
    expect(mapped.statusCode).toBe(201);
  });

  (externalAddress ? it : it.skip)('refuses dev tokens over the network to a client on another interface, whatever HOST is', async () => {
    const open = await startAuthTestApp(embeddedConfig(dataDir), false);
    try {
      await open.listen(0, '0.0.0.0');
      const port = (open.getHttpServer().address() as { port: number }).port;
      const ask = (host: string) =>
        fetch(`http://${host}:${port}/api/v1/dev/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tenant: 'acme', user: 'tenant-admin' }),
        });
      expect((await ask(externalAddress!)).status).toBe(403);
      expect((await ask('127.0.0.1')).status).toBe(201);
    } finally {
      await open.close();
    }
  });
});

describe('demo credentials and authorization codes', () => {
  it('generates a password on first start, shown once, kept as a hash across restarts, replaced by DEMO_PASSWORD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskstream-creds-'));
    try {
      const first = await DemoCredentials.open(dir);
      const generated = first.generatedPassword!;
      expect(generated.length).toBeGreaterThanOrEqual(16);
      expect(await first.verify('acme', 'agent', generated)).toBe(true);
      const again = await DemoCredentials.open(dir);
      expect(again.generatedPassword).toBeNull();
      expect(await again.verify('globex', 'analyst', generated)).toBe(true);
      const chosen = await DemoCredentials.open(dir, 'chosen-by-admin');
      expect(chosen.generatedPassword).toBeNull();
      expect(await chosen.verify('acme', 'agent', generated)).toBe(false);
      expect(await chosen.verify('acme', 'agent', 'chosen-by-admin')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('expires a code after its lifetime on the clock', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const codes = new AuthorizationCodes(clock);
    const principal = { tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent' as const] };
    const grant = { principal, clientId: 'c', redirectUri: REDIRECT, codeChallenge: s256(VERIFIER) };
    const fresh = await codes.issue(grant);
    expect(await codes.redeem(fresh, { clientId: 'c', redirectUri: REDIRECT, codeVerifier: VERIFIER })).toEqual(principal);
    const stale = await codes.issue(grant);
    clock.advance(61_000);
    expect(await codes.redeem(stale, { clientId: 'c', redirectUri: REDIRECT, codeVerifier: VERIFIER })).toContain('expired');
  });
});
