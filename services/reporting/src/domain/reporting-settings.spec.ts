import { ValidationFailed } from '@deskstream/kernel';
import { changeReportingSettings, DEFAULT_REPORTING_SETTINGS, type ReportingSettings } from './reporting-settings';

const current: ReportingSettings = {
  ...DEFAULT_REPORTING_SETTINGS,
  enterpriseReporting: true,
  hourlyRates: { network: 80 },
  defaultHourlyRate: 50,
};

describe('changing reporting settings', () => {
  it('given settings, when a change names one setting, then only that setting changes', () => {
    expect(changeReportingSettings(current, { defaultHourlyRate: 60 })).toEqual({ ...current, defaultHourlyRate: 60 });
  });

  it('given settings, when a change has a negative rate and hours that end before they start, then it is refused naming each field', () => {
    const change = { hourlyRates: { network: -1 }, calendar: { ...current.calendar, weekly: [{ day: 'mon' as const, from: '17:00', to: '09:00' }] } };
    const refusal = refusalOf(() => changeReportingSettings(current, change));
    expect(refusal).toBeInstanceOf(ValidationFailed);
    expect((refusal as ValidationFailed).errors.map((e) => e.field).sort()).toEqual(['calendar.weekly[0]', 'hourlyRates.network']);
  });

  it('given settings, when the calendar is a list or its hours are no objects, then it is refused naming the field, not failed', () => {
    const nested = refusalOf(() => changeReportingSettings(current, { calendar: [[[]]] } as unknown as Partial<ReportingSettings>));
    expect((nested as ValidationFailed).errors.map((e) => e.field)).toEqual(['calendar']);
    const hours = { calendar: { ...current.calendar, weekly: [null, [[]]] } } as unknown as Partial<ReportingSettings>;
    expect((refusalOf(() => changeReportingSettings(current, hours)) as ValidationFailed).errors.map((e) => e.field)).toEqual([
      'calendar.weekly[0]',
      'calendar.weekly[1]',
    ]);
  });
});

function refusalOf(act: () => unknown): unknown {
  try {
    act();
    return undefined;
  } catch (error) {
    return error;
  }
}
