import { createHash } from 'node:crypto';
import { REPORTING_EVENTS, TOPICS, type ScheduledReportReadyV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DirectoryReplica, IntegrationConsumer, MailSender } from '@deskstream/platform';

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ReportMailConfig {
  readonly mailFrom: string;
  readonly messageIdDomain: string;
}

/**
 * The reporting service's scheduled runs, behind the notification service's inbox: each run's CSV is
 * mailed to its recipients (a directory user at the user's first address, or a plain address) through
 * the platform's sender: the SMTP relay, or the dev outbox in the embedded mode.
 */
export class ScheduledReportMail implements IntegrationConsumer {
  readonly name = 'notifications.scheduled-reports';
  readonly topics = [TOPICS.reporting];

  constructor(
    private readonly directory: DirectoryReplica,
    private readonly mail: MailSender,
    private readonly config: ReportMailConfig,
  ) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    if (event.type !== REPORTING_EVENTS.scheduledReportReady) return;
    const report = event.data as ScheduledReportReadyV1;
    const tenantId = event.tenantid;
    for (const recipient of report.recipients) {
      const address = ADDRESS.test(recipient) ? recipient : ((await this.directory.user(tenantId, recipient))?.emails[0] ?? null);
      if (!address) continue;
      const id = createHash('sha256').update(`${tenantId}/${event.id}/${recipient}`).digest('hex').slice(0, 32);
      await this.mail.send({
        tenantId,
        from: this.config.mailFrom,
        to: address,
        subject: `${report.name}: ${report.every} report ${report.from.slice(0, 10)} to ${report.to.slice(0, 10)}`,
        text: `${report.name} (${report.rows} rows) for ${report.from} to ${report.to}, as CSV (${report.filename}):\n\n${report.csv}`,
        messageId: `<report-${id}@${this.config.messageIdDomain}>`,
        reference: report.savedQueryId,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Deskstream-Report': report.savedQueryId },
      });
    }
  }
}
