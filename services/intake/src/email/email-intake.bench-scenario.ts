import nodemailer from 'nodemailer';
import { startEmailApp } from './email-test-kit';

export interface EmailIntakeScenarioOptions {
  /** Parallel SMTP connections (the target: 16). */
  readonly connections: number;
  readonly mails: number;
}

export interface EmailIntakeScenarioResult {
  readonly connections: number;
  readonly mails: number;
  readonly seconds: number;
  /** Mails answered 250 per second; 250 is only sent once the ticket is durably recorded. */
  readonly mailsPerSecond: number;
  readonly refused: number;
  /** Distinct tickets the 250 answers named: equal to the mails accepted when none was lost or merged. */
  readonly tickets: number;
}

/**
 * Email intake under load: the embedded app (platform + incidents + email) on a temp dir, nodemailer
 * with a pool of `connections` SMTP connections, `mails` distinct new mails. Each 250 means a ticket.
 */
export async function emailIntakeScenario(options: EmailIntakeScenarioOptions): Promise<EmailIntakeScenarioResult> {
  const desk = await startEmailApp();
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: desk.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: options.connections,
    maxMessages: Infinity,
  });
  try {
    let refused = 0;
    const tickets = new Set<string>();
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: options.mails }, (_, i) =>
        transport
          .sendMail({
            from: `user${i % 500}@customer.example`,
            to: i % 2 === 0 ? 'it@acme.example' : 'hr@globex.example',
            subject: `Bench mail ${i}`,
            text: `Something is broken (${i}).`,
            messageId: `<bench-${i}@customer.example>`,
          })
          .then((info) => tickets.add(`${i % 2}:${/(INC\d{7})/.exec(info.response)?.[1]}`))
          .catch(() => {
            refused += 1;
          }),
      ),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await desk.acknowledgementsSent();
    return {
      connections: options.connections,
      mails: options.mails,
      seconds,
      mailsPerSecond: (options.mails - refused) / seconds,
      refused,
      tickets: tickets.size,
    };
  } finally {
    transport.close();
    await desk.close();
  }
}
