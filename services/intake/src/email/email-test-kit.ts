import { Module, type DynamicModule, type Type } from '@nestjs/common';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { AcknowledgementMailer } from './acknowledgement-mailer';
import type { EmailConfig } from './email-config';
import { EmailModule } from './email.module';
import { SmtpListener } from './smtp-listener';

@Module({})
class EmailTestAppModule {
  static forRoot(config: PlatformConfig, email: Partial<EmailConfig>, ticketing: readonly Type[]): DynamicModule {
    return {
      module: EmailTestAppModule,
      imports: [PlatformModule.forRoot(config, { service: 'intake' }), ...ticketing, EmailModule.forRoot(config, email, {})],
    };
  }
}

/** Platform + email on a throwaway data dir: HTTP on a free port, SMTP on another. */
/** `ticketing`: the modules that open the tickets (the incidents service in the end-to-end suites). */
export async function startEmailApp(email: Partial<EmailConfig> = {}, ticketing: readonly Type[] = []) {
  const http = await startHttpTestApp({
    name: 'email',
    module: (config) => EmailTestAppModule.forRoot(config, { port: 0, host: '127.0.0.1', ...email }, ticketing),
  });
  const smtpPort = http.app.get(SmtpListener).port();

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

  return {
    ...http,
    smtpPort,
    send,
    sendCode,
    eventually: readUntil,
    /** Acknowledgements go out in the background; tests wait for them. */
    acknowledgementsSent: () => http.app.get(AcknowledgementMailer).drain(),
    async close() {
      transport.close();
      await http.close();
    },
  };
}

export type EmailApp = Awaited<ReturnType<typeof startEmailApp>>;
