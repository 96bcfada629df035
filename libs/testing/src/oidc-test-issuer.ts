import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/** A business unit's identity provider for the suites: its own key pair, its JWKS and discovery served over real HTTP on loopback. */
export interface OidcTestIssuer {
  /** `http://127.0.0.1:<port>`: the `iss` of its tokens. */
  readonly issuer: string;
  readonly jwksUrl: string;
  /** How many times each document was fetched, to show that verification caches keys. */
  readonly fetches: { jwks: number; discovery: number };
  /** A token of this issuer, signed with its key (or `signedBy` another issuer's, a forgery). */
  token(claims: JWTPayload, options?: { audience?: string; signedBy?: OidcTestIssuer }): Promise<string>;
  close(): Promise<void>;
}

export async function startOidcTestIssuer(): Promise<OidcTestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `key-${Math.random().toString(36).slice(2, 10)}`;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const fetches = { jwks: 0, discovery: 0 };
  let issuer = '';
  const server: Server = createServer((request, response) => {
    const send = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/jwks') {
      fetches.jwks += 1;
      return send(jwks);
    }
    if (request.url === '/.well-known/openid-configuration') {
      fetches.discovery += 1;
      return send({ issuer, jwks_uri: `${issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const self: OidcTestIssuer & { sign(claims: JWTPayload, audience: string, iss: string): Promise<string> } = {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    fetches,
    sign: (claims, audience, iss) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(iss)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey),
    token: (claims, options = {}) => {
      const signer = (options.signedBy ?? self) as typeof self;
      return signer.sign(claims, options.audience ?? 'deskstream', issuer);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return self;
}
