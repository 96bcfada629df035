import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The API answers JSON only: nothing it sends may run script, load anything or be framed. The docs
 * page (Swagger UI) loads its own script and styles from this origin, and its inline style attributes.
 */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Five fixed headers on every answer, set in one hook: a library such as helmet would need most of
 * its defaults overridden for a JSON API and a docs page, and adds an ES module Jest cannot load.
 */
export function useSecurityHeaders(app: NestFastifyApplication, docsPrefix = '/docs'): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      const docs = request.url === docsPrefix || request.url.startsWith(`${docsPrefix}/`) || request.url.startsWith(`${docsPrefix}-json`);
      if (!reply.hasHeader('content-security-policy')) {
        reply.header('content-security-policy', docs ? DOCS_POLICY : API_POLICY);
      }
      reply.header('x-content-type-options', 'nosniff');
      reply.header('x-frame-options', 'DENY');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('cross-origin-resource-policy', 'same-origin');
      return payload;
    });
}
