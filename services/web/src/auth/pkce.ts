/** OAuth2 authorization code + PKCE (S256) against the embedded issuer, for signing in with a password. */
const VERIFIER_KEY = 'deskstream.pkce';

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return { verifier, challenge: base64url(digest) };
}

export const redirectUri = () => `${window.location.origin}/login/callback`;

/**
 * The verifier must outlive the redirect to the issuer and back; sessionStorage holds it for that one
 * round trip and it is removed on return. It is not a credential: the token itself stays in memory.
 */
export function rememberVerifier(verifier: string, state: string): void {
  sessionStorage.setItem(VERIFIER_KEY, JSON.stringify({ verifier, state }));
}

/** The verifier of the sign-in this page started, when `state` is the one it sent (else a forged return). */
export function takeVerifier(state: string | null): string | null {
  const kept = sessionStorage.getItem(VERIFIER_KEY);
  sessionStorage.removeItem(VERIFIER_KEY);
  if (!kept) return null;
  const { verifier, state: sent } = JSON.parse(kept) as { verifier: string; state: string };
  return state === sent ? verifier : null;
}

export const randomState = () => base64url(crypto.getRandomValues(new Uint8Array(16)));

export async function exchangeCode(code: string, verifier: string): Promise<string> {
  const response = await fetch('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: 'web', code_verifier: verifier }),
  });
  const body = (await response.json()) as { access_token?: string; detail?: string };
  if (!response.ok || !body.access_token) throw new Error(body.detail ?? 'The sign-in could not be completed');
  return body.access_token;
}
