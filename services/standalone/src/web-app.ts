import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where `vite build services/web` writes the single-page app (kept out of git; `npm start` builds it). */
export const WEB_DIST = resolve(__dirname, '../../web/dist');

/** The app's own pages; everything else (the API, /docs, /oauth, health) keeps its routes and its 404s. */
const PAGES = ['/', '/login', '/login/*', '/portal', '/portal/*', '/agent', '/agent/*', '/analytics', '/analytics/*'];

/**
 * The pages load script and styles from this origin only and talk to this origin only. Styles may
 * be inline: the component library sets CSS variables and the charts position their SVG that way.
 */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Serves the built web app at `/`: hashed assets under /assets/ (cached for good), and index.html for
 * each page address, so that a deep link or a reload lands in the app. False when it is not built.
 */
export async function serveWebApp(app: NestFastifyApplication, dist = WEB_DIST): Promise<boolean> {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  // Loaded here, not at the top: some of its dependencies are ES modules that Jest cannot require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fastifyStatic = require('@fastify/static') as { default: unknown };
  // Nest carries its own copy of Fastify's types, hence the cast. The docs page registered the plugin
  // already: this second instance must not decorate the reply again.
  await app.register(fastifyStatic.default as Parameters<NestFastifyApplication['register']>[0], {
    root: join(dist, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
  });
  const fastify = app.getHttpAdapter().getInstance();
  for (const url of PAGES) {
    fastify.get(url, (_request, reply) => {
      reply.header('content-security-policy', PAGE_POLICY).header('cache-control', 'no-cache').type('text/html; charset=utf-8');
      return reply.send(readFileSync(index));
    });
  }
  return true;
}
