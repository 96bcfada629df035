import { InMemoryWebStorage, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

/**
 * Where the app signs in with the authorization code flow and PKCE (S256), through oidc-client-ts.
 * Production builds name the organisation's issuer (`VITE_OIDC_AUTHORITY`, `VITE_OIDC_CLIENT_ID`,
 * `VITE_OIDC_SCOPE`), found by its discovery document; without them the app signs in against the
 * embedded issuer of the origin it is served from, whose endpoints are known.
 */
export interface SignInSettings {
  readonly authority?: string;
  readonly clientId?: string;
  readonly scope?: string;
}

/** The embedded issuer's client and scope: it answers an access token, not an OpenID id_token. */
const EMBEDDED_CLIENT = 'web';
const EMBEDDED_SCOPE = 'api';

export function userManagerSettings(origin: string, settings: SignInSettings, roundTrip: Storage): UserManagerSettings {
  const common = {
    redirect_uri: `${origin}/login/callback`,
    response_type: 'code',
    // The signed-in user (and so the token) lives in memory only; a reload signs out.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // The code verifier must outlive the round trip to the issuer: oidc-client-ts keeps it (not a
    // credential) in sessionStorage under the request's state and removes it on return.
    stateStore: new WebStorageStateStore({ store: roundTrip }),
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
  } satisfies Partial<UserManagerSettings>;
  if (settings.authority) {
    return { ...common, authority: settings.authority, client_id: settings.clientId ?? 'deskstream-web', scope: settings.scope ?? 'openid profile' };
  }
  return {
    ...common,
    authority: origin,
    client_id: EMBEDDED_CLIENT,
    scope: EMBEDDED_SCOPE,
    // Same-origin endpoints, whatever host name the issuer was configured with.
    metadata: {
      issuer: origin,
      authorization_endpoint: `${origin}/oauth/authorize`,
      token_endpoint: `${origin}/oauth/token`,
      jwks_uri: `${origin}/.well-known/jwks.json`,
    },
  };
}
