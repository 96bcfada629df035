import type { AddressInfo } from 'node:net';
import { API_PREFIX, DEMO_TENANTS, type PlatformConfig } from '@deskstream/platform';

/** What someone who just typed `npm start` needs: where the API is, and how to call it. */
export function startupBanner(
  config: PlatformConfig,
  address: AddressInfo | string | null,
  channels: readonly string[] = [],
): string {
  const port = address && typeof address === 'object' ? address.port : config.port;
  const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  const base = `http://${host}:${port}`;
  const tenants = DEMO_TENANTS.map(
    (tenant) => `    ${tenant.id.padEnd(8)} ${tenant.name}: users ${tenant.users.map((u) => u.id).join(', ')}`,
  );
  return [
    '',
    `Deskstream is running (${config.mode} mode, data in ${config.dataDir})`,
    '',
    `  API       ${base}/${API_PREFIX}`,
    `  Docs      ${base}/docs  (OpenAPI JSON at ${base}/docs-json)`,
    `  Health    ${base}/health/ready   Metrics ${base}/metrics`,
    ...channels,
    '',
    ...(config.mode === 'embedded'
      ? [
          '  Get a demo token (each demo user is named after its role):',
          `    curl -s -X POST ${base}/${API_PREFIX}/dev/token -H 'content-type: application/json' \\`,
          `         -d '{"tenant":"acme","user":"agent"}'`,
          `  then call the API with  -H "authorization: Bearer <token>", e.g. ${base}/${API_PREFIX}/me`,
          '',
          '  Demo tenants:',
          ...tenants,
          '',
        ]
      : []),
    'Stop with Ctrl-C (SIGINT) or SIGTERM: in-flight requests finish and checkpoints are flushed.',
    '',
  ].join('\n');
}

export function printBanner(config: PlatformConfig, address: AddressInfo | string | null, channels: readonly string[] = []): void {
  process.stdout.write(`${startupBanner(config, address, channels)}\n`);
}
