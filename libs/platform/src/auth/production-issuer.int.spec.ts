import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startOidcTestIssuer, type OidcTestIssuer } from '@deskstream/testing';
import { startAuthTestApp } from './auth-test-app';

/** Production mode: the installation's own OIDC provider (a real issuer on loopback), its claims mapped as the settings say. */
describe("the production issuer's tokens", () => {
  let idp: OidcTestIssuer;
  let app: NestFastifyApplication;
  const me = async (token: string) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/me', headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json() };
  };

  beforeAll(async () => {
    idp = await startOidcTestIssuer();
    app = await startAuthTestApp({
      mode: 'production',
      issuer: idp.issuer,
      audience: 'deskstream',
      jwksUrl: idp.jwksUrl,
      claims: {
        userClaim: 'preferred_username',
        emailClaim: 'email',
        nameClaim: 'name',
        rolesClaim: 'groups',
        roleMap: { 'it-agents': 'agent', 'it-admins': 'tenant-admin' },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  it("sign users in to the tenant their tenant_id names, with the roles the installation's role map gives their groups", async () => {
    const token = await idp.token({ sub: '00u1', preferred_username: 'jane', name: 'Jane Doe', tenant_id: 'acme', groups: ['it-agents', 'everyone'] });
    expect(await me(token)).toEqual({ status: 200, body: { tenantId: 'acme', userId: 'jane', name: 'Jane Doe', roles: ['agent'] } });
  });

  it('are refused without a tenant, from another issuer, or for another audience', async () => {
    const stranger = await startOidcTestIssuer();
    try {
      for (const token of [
        await idp.token({ preferred_username: 'jane', groups: ['it-admins'] }),
        await stranger.token({ preferred_username: 'jane', tenant_id: 'acme' }),
        await idp.token({ preferred_username: 'jane', tenant_id: 'acme' }, { audience: 'other' }),
      ]) {
        expect((await me(token)).status).toBe(401);
      }
    } finally {
      await stranger.close();
    }
  });
});
