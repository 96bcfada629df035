import { ValidationFailed, type FieldError } from '@deskstream/kernel';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Wall-clock working hours on a weekday, `HH:mm` to `HH:mm` (`24:00` ends the day). */
export interface WorkingHours {
  readonly day: Weekday;
  readonly from: string;
  readonly to: string;
}

/** The calendar working-time KPIs are counted in: weekly hours in a time zone, minus whole-day holidays. */
export interface ReportingCalendar {
  readonly timeZone: string;
  readonly weekly: readonly WorkingHours[];
  /** Local dates, `YYYY-MM-DD`. */
  readonly holidays: readonly string[];
}

export interface ReportingSettings {
  /** The tenant takes part in the enterprise (business-unit) comparison. */
  readonly enterpriseReporting: boolean;
  readonly calendar: ReportingCalendar;
  /** Cost per hour logged, by assignment group; groups not listed cost `defaultHourlyRate`. */
  readonly hourlyRates: Readonly<Record<string, number>>;
  readonly defaultHourlyRate: number;
}

/** 08:00-20:00 on weekdays, UTC: the business hours of DOMAIN's example, until the tenant sets its own. */
export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = {
  enterpriseReporting: false,
  calendar: { timeZone: 'UTC', weekly: WEEKDAYS.slice(0, 5).map((day) => ({ day, from: '08:00', to: '20:00' })), holidays: [] },
  hourlyRates: {},
  defaultHourlyRate: 0,
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Applies a change; refuses hours that end before they start, malformed dates and negative rates. */
export function changeReportingSettings(current: ReportingSettings, change: Partial<ReportingSettings>): ReportingSettings {
  const next = { ...current, ...change };
  const errors: FieldError[] = [];
  // The edge checks the calendar is an object, but not a list given in its place: that is no calendar either.
  const { calendar } = next;
  if (calendar === null || typeof calendar !== 'object' || Array.isArray(calendar) || !Array.isArray(calendar.weekly) || !Array.isArray(calendar.holidays)) {
    errors.push({ field: 'calendar', message: 'must be an object with weekly hours and holidays' });
  } else {
    calendar.weekly.forEach((hours, i) => {
      if (!TIME.test(String(hours?.from)) || !TIME.test(String(hours?.to)) || hours.from >= hours.to) {
        errors.push({ field: `calendar.weekly[${i}]`, message: 'from and to are HH:mm with from before to' });
      }
    });
    calendar.holidays.forEach((date, i) => {
      if (!DATE.test(String(date))) errors.push({ field: `calendar.holidays[${i}]`, message: 'must be YYYY-MM-DD' });
    });
  }
  for (const [group, rate] of Object.entries(next.hourlyRates)) {
    if (typeof rate !== 'number' || !(rate >= 0)) errors.push({ field: `hourlyRates.${group}`, message: 'must be a non-negative number' });
  }
  if (typeof next.defaultHourlyRate !== 'number' || !(next.defaultHourlyRate >= 0))
    errors.push({ field: 'defaultHourlyRate', message: 'must be a non-negative number' });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}
