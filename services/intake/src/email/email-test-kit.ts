import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { IncidentsModule } from '@deskstream/incidents';
import { createApp, loadConfig, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { AcknowledgementMailer } from './acknowledgement-mailer';
import type { EmailConfig } from './email-config';
import { EmailModule } from './email.module';
import { SmtpListener } from './smtp-listener';

@Module({})
class EmailTestAppModule {
  static forRoot(config: PlatformConfig, email: Partial<EmailConfig>): DynamicModule {
    return { module: EmailTestAppModule, imports: [PlatformModule.forRoot(config), IncidentsModule, EmailModule.forRoot(config, email, {})] };
  }
}

export interface HttpResult {
  readonly status: number;
  readonly body: Record<string, unknown> & { items?: Record<string, unknown>[] };
}

/** Platform + incidents + email on a throwaway data dir: HTTP on a free port, SMTP on another. */
export async function startEmailApp(email: Partial<EmailConfig> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-email-'));
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
  const app: NestFastifyApplication = await createApp(EmailTestAppModule.forRoot(config, { port: 0, host: '127.0.0.1', ...email }), config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  const smtpPort = app.get(SmtpListener).port();
  const tokens = new Map<string, string>();

  async function call(method: string, path: string, token: string | null, body?: unknown): Promise<HttpResult> {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  async function tokenFor(tenant: string, user: string): Promise<string> {
    const key = `${tenant}/${user}`;
    if (!tokens.has(key)) tokens.set(key, String((await call('POST', '/dev/token', null, { tenant, user })).body.token));
    return tokens.get(key)!;
  }

  const as = (tenant: string, user: string) => ({
    get: async (path: string) => call('GET', path, await tokenFor(tenant, user)),
  });

  /** A real SMTP conversation: nodemailer to our listener, no pooling, no TLS. */
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  const send = (message: Mail.Options) => transport.sendMail(message);

  /** Resolves to the SMTP reply code, 250 included: refusals are answers here, not failures. */
  async function sendCode(message: Mail.Options): Promise<{ code: number; response: string }> {
    try {
      const info = await send(message);
      return { code: Number(info.response.slice(0, 3)), response: info.response };
    } catch (error) {
      const { responseCode, response } = error as { responseCode?: number; response?: string };
      return { code: responseCode ?? 0, response: response ?? String(error) };
    }
  }

  async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  return {
    app,
    dataDir,
    smtpPort,
    as,
    send,
    sendCode,
    eventually,
    /** Acknowledgements go out in the background; tests wait for them. */
    acknowledgementsSent: () => app.get(AcknowledgementMailer).drain(),
    async close() {
      transport.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type EmailApp = Awaited<ReturnType<typeof startEmailApp>>;
