import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ManualClock } from '@deskstream/kernel';
import { devToken, embeddedConfig, startAuthTestApp } from './auth-test-app';
import { EmbeddedIssuer } from './embedded-issuer';
import type { Principal } from './principal';

describe('AuthModule (embedded mode, HTTP)', () => {
  let dataDir: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-auth-'));
    app = await startAuthTestApp(embeddedConfig(dataDir));
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, token?: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers });

  it('issues a token for acme/agent that verifies and carries tenant, user and roles', async () => {
    const issued = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { tenant: 'acme', user: 'agent' } });
    expect(issued.statusCode).toBe(201);
    const body = issued.json<{ token: string; expiresIn: number; roles: string[] }>();
    expect(body).toMatchObject({ tenant: 'acme', user: 'agent', roles: ['agent'], expiresIn: 3600 });

    const me = await get('/api/v1/probe/me', body.token);
    expect(me.statusCode).toBe(200);
    expect(me.json<Principal>()).toEqual({ tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent'] });
  });

  it('takes the tenant only from the token, whatever the client sends beside it', async () => {
    const token = await devToken(app, 'globex', 'agent');
    const me = await get('/api/v1/probe/me', token, { 'x-tenant-id': 'acme' });
    expect(me.json<Principal>().tenantId).toBe('globex');
  });

  it('answers 401 without a token, or with another scheme', async () => {
    const missing = await get('/api/v1/probe/me');
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ detail: expect.stringContaining('Missing bearer token') });
    const basic = await app.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: 'Basic YWdlbnQ6eA==' } });
    expect(basic.statusCode).toBe(401);
  });

  it('lets @Public() routes through without a token', async () => {
    const open = await get('/api/v1/probe/public');
    expect(open.statusCode).toBe(200);
  });

  it('rejects a tampered token (payload changed, signature kept)', async () => {
    const [header, payload, signature] = (await devToken(app, 'acme', 'requester')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, tenant_id: 'globex', roles: ['tenant-admin'] })).toString('base64url');
    const response = await get('/api/v1/probe/me', `${header}.${forged}.${signature}`);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ detail: expect.stringContaining('signature') });
  });

  it('rejects an expired token signed with the right key', async () => {
    const pastIssuer = await EmbeddedIssuer.open(embeddedConfig(dataDir), new ManualClock('2020-01-01T00:00:00Z'));
    const expired = await pastIssuer.sign({ tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent'] });
    const response = await get('/api/v1/probe/me', expired);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ detail: expect.stringContaining('"exp"') });
  });

  it('rejects a token for another audience or from another issuer, signed with the right key', async () => {
    const principal: Principal = { tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent'] };
    const otherAudience = await EmbeddedIssuer.open(embeddedConfig(dataDir, { audience: 'someone-else' }));
    const otherIssuer = await EmbeddedIssuer.open(embeddedConfig(dataDir, { issuer: 'http://evil.test' }));
    const wrongAud = await get('/api/v1/probe/me', await otherAudience.sign(principal));
    expect(wrongAud.statusCode).toBe(401);
    expect(wrongAud.json()).toMatchObject({ detail: expect.stringContaining('"aud"') });
    expect((await get('/api/v1/probe/me', await otherIssuer.sign(principal))).statusCode).toBe(401);
  });

  it('rejects a signed token whose tenant id claim is not a tenant id', async () => {
    const issuer = await EmbeddedIssuer.open(embeddedConfig(dataDir));
    for (const tenantId of ['Acme', 'acme.it', '../globex', 'a'.repeat(200)]) {
      const token = await issuer.sign({ tenantId, userId: 'agent', name: 'Avery Agent', roles: ['agent'] });
      const response = await get('/api/v1/probe/me', token);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ detail: expect.stringContaining('not a tenant id') });
    }
  });

  it('rejects a well-formed token signed by a key it does not know', async () => {
    const stranger = await EmbeddedIssuer.open(embeddedConfig(dataDir, { dataDir: undefined }));
    const token = await stranger.sign({ tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent'] });
    expect((await get('/api/v1/probe/me', token)).statusCode).toBe(401);
  });

  it('answers 403 when the principal has none of the required roles', async () => {
    const requester = await get('/api/v1/probe/queue', await devToken(app, 'acme', 'requester'));
    expect(requester.statusCode).toBe(403);
    expect(requester.json()).toMatchObject({ detail: expect.stringContaining('agent, resolver') });
    const resolver = await get('/api/v1/probe/queue', await devToken(app, 'acme', 'resolver'));
    expect(resolver.statusCode).toBe(200);
    expect(resolver.json()).toEqual({ tenant: 'acme' });
  });

  it('answers 404 naming an unknown user or tenant', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/dev/token', payload });
    const user = await post({ tenant: 'acme', user: 'nobody' });
    expect(user.statusCode).toBe(404);
    expect(user.json()).toMatchObject({ detail: expect.stringContaining('nobody') });
    const tenant = await post({ tenant: 'initech', user: 'agent' });
    expect(tenant.statusCode).toBe(404);
    expect(tenant.json()).toMatchObject({ detail: expect.stringContaining('initech') });
  });

  it('answers 400 naming the field for a missing or unknown field', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/dev/token', payload });
    const missing = await post({ tenant: 'acme' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('user');
    const unknown = await post({ tenant: 'acme', user: 'agent', roles: ['tenant-admin'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('roles');
  });
});
