import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { ValidationFailed } from '@deskstream/kernel';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { EmailConfig } from './email-config';
import { MailInProgress, type EmailIntake } from './email-intake';
import { MalformedMail, parseInboundMail } from './inbound-mail';
import type { Mailbox, MailboxDirectory } from './mailbox-directory';

/** An SMTP reply: smtp-server sends `responseCode` and the message as the answer to the command. */
function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** Lets in-flight conversations finish on shutdown before connections are cut. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * The desk's SMTP listener (smtp-server): accepts mail for known desk addresses only (550 otherwise),
 * advertises SIZE and refuses larger mail with 552, refuses unreadable mail with 554, and answers 250
 * only once the mail is durably a ticket, a comment or a known duplicate; 451 asks the sender to retry.
 */
export class SmtpListener {
  private readonly logger = new Logger('SmtpListener');
  private readonly server: SMTPServer;

  constructor(
    private readonly config: EmailConfig,
    private readonly directory: MailboxDirectory,
    private readonly intake: EmailIntake,
  ) {
    this.server = new SMTPServer({
      name: config.messageIdDomain,
      banner: 'Deskstream service desk',
      size: config.maxMessageBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: CLOSE_TIMEOUT_MS,
      onRcptTo: (address, _session, callback) => {
        this.accept(address.address).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      },
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          (reply) => callback(null, reply),
          (error: Error) => callback(error),
        );
      },
    });
    this.server.on('error', (error) => this.logger.warn(`SMTP: ${error.message}`));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(this.config.port, this.config.host, () => resolve());
    });
    return this.port();
  }

  port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server.server.listening) return;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** 550 for an address that is no desk; 451 while the desk's tenant is suspended, so that the sender keeps the mail and retries. */
  private async accept(address: string): Promise<void> {
    const mailbox = await this.directory.find(address);
    if (!mailbox) throw smtpError(550, `5.1.1 <${address}>: no such desk here`);
    const refusal = await this.directory.refusal(mailbox);
    if (refusal) throw smtpError(451, `4.7.1 <${address}>: not taking mail now (${refusal}); try again later`);
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length <= this.config.maxMessageBytes) chunks.push(chunk);
    }
    if (stream.sizeExceeded || length > this.config.maxMessageBytes) {
      throw smtpError(552, `5.3.4 message exceeds the size limit of ${this.config.maxMessageBytes} bytes`);
    }
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const mailboxes = unique(await Promise.all(session.envelope.rcptTo.map((rcpt) => this.directory.find(rcpt.address))));
    try {
      const mail = await parseInboundMail(Buffer.concat(chunks), envelopeFrom);
      const outcomes = [];
      for (const mailbox of mailboxes) outcomes.push(await this.intake.receive(mail, mailbox));
      return `2.0.0 ${outcomes.map((o) => (o.kind === 'ignored' ? `ignored (${o.reason})` : `${o.kind} ${o.ticket.reference}`)).join('; ')}`;
    } catch (error) {
      if (error instanceof MalformedMail) throw smtpError(554, `5.6.0 ${error.message}`);
      if (error instanceof ValidationFailed) throw smtpError(554, `5.6.0 ${error.message}`);
      if (error instanceof MailInProgress) throw smtpError(451, '4.3.0 the same message is being handled, try again later');
      this.logger.error(`mail from ${envelopeFrom} not handled: ${String(error)}`);
      throw smtpError(451, '4.3.0 temporary failure, try again later');
    }
  }
}

function unique(mailboxes: readonly (Mailbox | null)[]): Mailbox[] {
  const seen = new Map<string, Mailbox>();
  for (const mailbox of mailboxes) if (mailbox) seen.set(mailbox.address, mailbox);
  return [...seen.values()];
}
