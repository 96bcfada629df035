import type { AddressInfo } from 'node:net';
import { API_PREFIX, DEMO_TENANTS, PLATFORM_ADMINISTRATION, type PlatformConfig } from '@deskstream/platform';

/** How the demo users' password came to be on this start: the banner can show it only when it was generated now. */
export type DemoPasswordOrigin = { readonly generated: string } | 'chosen' | 'kept';

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

function listening(config: PlatformConfig): string[] {
  if (LOOPBACK.includes(config.host)) {
    return [`  Listening on ${config.host} only: reachable from this machine. HOST=0.0.0.0 opens it to the network.`];
  }
  return [`  Open to the network on ${config.host} (HOST). Other machines sign in with a password;`, '  dev tokens are handed out only to this machine.'];
}

function passwordLine(origin: DemoPasswordOrigin): string {
  if (origin === 'chosen') return '    Demo password: the value of DEMO_PASSWORD, for every demo user.';
  if (origin === 'kept') return '    Demo password: the one shown when this data dir was created (DEMO_PASSWORD=... sets a new one).';
  return `    Demo password for every demo user: ${origin.generated}   (shown once; DEMO_PASSWORD=... chooses another)`;
}

function embeddedSignIn(base: string, origin: DemoPasswordOrigin): string[] {
  const tenants = DEMO_TENANTS.map((tenant) => `    ${tenant.id.padEnd(8)} ${tenant.name}: users ${tenant.users.map((u) => u.id).join(', ')}`);
  return [
    '  Get a demo token on this machine (each demo user is named after its role):',
    `    curl -s -X POST ${base}/${API_PREFIX}/dev/token -H 'content-type: application/json' \\`,
    `         -d '{"tenant":"acme","user":"agent"}'`,
    `  then call the API with  -H "authorization: Bearer <token>", e.g. ${base}/${API_PREFIX}/me`,
    '',
    `  Sign in with a password (how other machines sign in once HOST opens it): OAuth2 authorization code + PKCE at ${base}/oauth/authorize,`,
    `  token at ${base}/oauth/token (see README). A signed-in user changes theirs with POST /${API_PREFIX}/me/password.`,
    passwordLine(origin),
    '',
    '  Demo tenants:',
    ...tenants,
    `    ${PLATFORM_ADMINISTRATION.id.padEnd(8)} ${PLATFORM_ADMINISTRATION.name}: user platform-admin onboards business units (POST /${API_PREFIX}/platform/tenants)`,
    '',
  ];
}

/** What someone who just typed `npm start` needs: where the API is, who may reach it, and how to sign in. */
export function startupBanner(
  config: PlatformConfig,
  address: AddressInfo | string | null,
  channels: readonly string[] = [],
  demoPassword: DemoPasswordOrigin = 'kept',
): string {
  const port = address && typeof address === 'object' ? address.port : config.port;
  const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const base = `http://${host}:${port}`;
  return [
    '',
    `Deskstream is running (${config.mode} mode, data in ${config.dataDir})`,
    '',
    ...listening(config),
    '',
    `  API       ${base}/${API_PREFIX}`,
    `  Docs      ${base}/docs  (OpenAPI JSON at ${base}/docs-json)`,
    `  Health    ${base}/health/ready   Metrics ${base}/metrics`,
    ...channels,
    '',
    ...(config.mode === 'embedded' ? embeddedSignIn(base, demoPassword) : []),
    'Stop with Ctrl-C (SIGINT) or SIGTERM: in-flight requests finish and checkpoints are flushed.',
    '',
  ].join('\n');
}

export function printBanner(
  config: PlatformConfig,
  address: AddressInfo | string | null,
  channels: readonly string[] = [],
  demoPassword: DemoPasswordOrigin = 'kept',
): void {
  process.stdout.write(`${startupBanner(config, address, channels, demoPassword)}\n`);
}
