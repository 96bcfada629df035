import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { devToken, embeddedConfig, startAuthTestApp, TEST_AUDIENCE, TEST_ISSUER } from './auth-test-app';
import { ISSUER_KEY_FILE, type JsonWebKeySet } from './embedded-issuer';

describe('Embedded issuer: JWKS, discovery, persistence, and production-mode verification', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let jwksUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-issuer-'));
    app = await startAuthTestApp(embeddedConfig(dataDir), true);
    const { port } = app.getHttpServer().address() as AddressInfo;
    jwksUrl = `http://127.0.0.1:${port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the public key only, outside the api/v1 prefix, and keeps the private key owner-readable', async () => {
    const response = await fetch(jwksUrl);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as JsonWebKeySet;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
    expect(statSync(join(dataDir, ISSUER_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('serves OIDC discovery naming the issuer and its jwks_uri', async () => {
    const response = await app.inject({ method: 'GET', url: '/.well-known/openid-configuration' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ issuer: TEST_ISSUER, jwks_uri: `${TEST_ISSUER}/.well-known/jwks.json` });
  });

  it('issues tokens an external verifier accepts with jose and the served JWKS', async () => {
    const token = await devToken(app, 'acme', 'analyst');
    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(jwksUrl)), {
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: 'analyst', tenant_id: 'acme', roles: ['analyst'], name: 'Alex Analyst' });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('keeps its key across restarts: tokens from before still verify', async () => {
    const before = await devToken(app, 'acme', 'agent');
    const restarted = await startAuthTestApp(embeddedConfig(dataDir));
    try {
      const me = await restarted.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${before}` } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ tenantId: 'acme', userId: 'agent' });
      const fresh = await startAuthTestApp(embeddedConfig(mkdtempSync(join(tmpdir(), 'deskstream-issuer-other-'))));
      const elsewhere = await fresh.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${before}` } });
      await fresh.close();
      expect(elsewhere.statusCode).toBe(401);
    } finally {
      await restarted.close();
    }
  });

  describe('production mode', () => {
    let production: NestFastifyApplication;

    beforeAll(async () => {
      production = await startAuthTestApp({ mode: 'production', issuer: TEST_ISSUER, audience: TEST_AUDIENCE, jwksUrl });
    });

    afterAll(() => production.close());

    it('has no dev token endpoint and no built-in issuer routes', async () => {
      const token = await production.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { tenant: 'acme', user: 'agent' } });
      expect(token.statusCode).toBe(404);
      expect((await production.inject({ method: 'GET', url: '/.well-known/jwks.json' })).statusCode).toBe(404);
    });

    it('verifies tokens of the external issuer through its remote JWKS', async () => {
      const token = await devToken(app, 'globex', 'tenant-admin');
      const me = await production.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ tenantId: 'globex', userId: 'tenant-admin', roles: ['tenant-admin'] });
    });

    it('rejects tokens for another audience', async () => {
      const other = await startAuthTestApp({ mode: 'production', issuer: TEST_ISSUER, audience: 'another-api', jwksUrl });
      try {
        const token = await devToken(app, 'acme', 'agent');
        const me = await other.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${token}` } });
        expect(me.statusCode).toBe(401);
      } finally {
        await other.close();
      }
    });

    it('refuses to start without a jwksUrl', async () => {
      await expect(startAuthTestApp({ mode: 'production', issuer: TEST_ISSUER, audience: TEST_AUDIENCE })).rejects.toThrow('jwksUrl');
    });
  });
});
