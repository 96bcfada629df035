/**
 * Integration events of the reporting service (topic TOPICS.reporting, key = saved query id).
 * Versioned: a breaking change is a new type (`...v2`), never an edit of a published shape.
 */
export const REPORTING_EVENTS = {
  scheduledReportReady: 'deskstream.reporting.scheduled-report-ready.v1',
} as const;

export type ReportingIntegrationEventType = (typeof REPORTING_EVENTS)[keyof typeof REPORTING_EVENTS];

/**
 * A scheduled saved query ran for one period: its CSV (header row and rows, as `POST /reporting/query`
 * answers it with `Accept: text/csv`), to be mailed to the recipients through the notification path.
 */
export interface ScheduledReportReadyV1 {
  readonly savedQueryId: string;
  readonly name: string;
  readonly every: 'daily' | 'weekly';
  /** The period the report covers: [from, to), ISO 8601 UTC; `to` is the instant the schedule fired for. */
  readonly from: string;
  readonly to: string;
  /** Directory user ids or mail addresses. */
  readonly recipients: readonly string[];
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
  readonly at: string;
}

export interface ReportingIntegrationEvents {
  'deskstream.reporting.scheduled-report-ready.v1': ScheduledReportReadyV1;
}
