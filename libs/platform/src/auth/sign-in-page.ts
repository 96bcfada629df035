import { SEEDED_TENANTS } from './demo-directory';
import type { AuthorizeQueryDto } from './oauth.dto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The page may only post its own form back and style itself: no script, no framing. */
export const SIGN_IN_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The built-in issuer's sign-in form: the authorization request rides along in hidden fields. */
export function signInPage(request: AuthorizeQueryDto, error?: string): string {
  const hidden = Object.entries(request)
    .filter(([, value]) => typeof value === 'string')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(String(value))}">`)
    .join('\n      ');
  // Any onboarded tenant can be typed; the seeded ones are offered.
  const tenants = SEEDED_TENANTS.map((t) => `<option value="${escapeHtml(t.id)}">${escapeHtml(t.name)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Sign in to Deskstream</title>
  <style>body{font-family:sans-serif;max-width:22rem;margin:4rem auto}label,input,select,button{display:block;width:100%;margin:.4rem 0}.error{color:#b00}</style></head>
  <body>
    <h1>Sign in to Deskstream</h1>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/oauth/authorize">
      ${hidden}
      <label>Desk <input name="tenant" list="desks" autocomplete="organization" required></label>
      <datalist id="desks">${tenants}</datalist>
      <label>User <input name="username" autocomplete="username" required></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit">Sign in</button>
    </form>
  </body>
</html>`;
}
