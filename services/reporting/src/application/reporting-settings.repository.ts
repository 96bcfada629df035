import { SettingsStream, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { changeReportingSettings, DEFAULT_REPORTING_SETTINGS, type ReportingSettings } from '../domain/reporting-settings';
import { REPORTING_SETTINGS_CATEGORY, reportingSettingsStream } from './reporting-streams';

export const REPORTING_SETTINGS_CHANGED = 'ReportingSettingsChanged';

/** A tenant's reporting settings (calendar, hourly rates, enterprise opt-in) as a stream of changes. */
export class ReportingSettingsRepository extends SettingsStream<ReportingSettings> {
  constructor(
    private readonly events: EventStore,
    ids: IdGenerator,
  ) {
    super(events, ids, {
      streamOf: reportingSettingsStream,
      eventType: REPORTING_SETTINGS_CHANGED,
      defaults: DEFAULT_REPORTING_SETTINGS,
      apply: changeReportingSettings,
    });
  }

  /**
   * The tenants whose latest settings opt in to enterprise reporting, read from reporting's own
   * settings streams (a tenant that never opted in has none there, or one saying no).
   */
  async enterpriseTenants(): Promise<string[]> {
    const latest = new Map<string, boolean>();
    const subscription = this.events.subscribe(
      async (event) => {
        if (event.type === REPORTING_SETTINGS_CHANGED) latest.set(event.metadata.tenantId, (event.data as ReportingSettings).enterpriseReporting);
      },
      { categories: [REPORTING_SETTINGS_CATEGORY] },
    );
    try {
      await subscription.caughtUp;
    } finally {
      await subscription.stop();
    }
    return [...latest]
      .filter(([, optedIn]) => optedIn)
      .map(([tenantId]) => tenantId)
      .sort();
  }
}
