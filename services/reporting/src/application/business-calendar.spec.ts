import { DEFAULT_REPORTING_SETTINGS } from '../domain/reporting-settings';
import { workingTimeOf } from './business-calendar';

const HOUR = 3_600_000;

describe('working time by the reporting calendar', () => {
  it('counts only weekday hours 08:00-20:00 by default: Friday 19:00 to Monday 09:00 is 2 hours', () => {
    const working = workingTimeOf(DEFAULT_REPORTING_SETTINGS.calendar);
    expect(working('2026-03-06T19:00:00.000Z', '2026-03-09T09:00:00.000Z')).toBe(2 * HOUR);
  });

  it('reads hours in the time zone, skips holidays, and keeps wall-clock hours on a DST day', () => {
    const working = workingTimeOf({ timeZone: 'Europe/Berlin', weekly: [{ day: 'mon', from: '09:00', to: '17:00' }], holidays: ['2026-04-06'] });
    // 2026-03-30 is the Monday after the switch to CEST (UTC+2): 09:00-17:00 local is 07:00-15:00 UTC.
    expect(working('2026-03-30T06:00:00.000Z', '2026-03-30T08:00:00.000Z')).toBe(1 * HOUR);
    expect(working('2026-03-30T00:00:00.000Z', '2026-04-07T00:00:00.000Z')).toBe(8 * HOUR);
  });

  it('spans years', () => {
    const working = workingTimeOf({ timeZone: 'UTC', weekly: [{ day: 'thu', from: '00:00', to: '24:00' }], holidays: [] });
    expect(working('2025-12-31T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe(24 * HOUR);
  });
});
