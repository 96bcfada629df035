/** A business calendar: when work happens, in a time zone, minus holidays (its own and its includes'). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Wall-clock working hours on one weekday; `to` may be 24:00 (end of the day). Several per day are allowed. */
export interface WeeklyHours {
  readonly day: Weekday;
  readonly from: string;
  readonly to: string;
}

/** A whole local day (`date`), or an interval between two instants (`from`, `to`). */
export interface DateHoliday {
  readonly date: string;
  readonly name: string;
}
export interface IntervalHoliday {
  readonly from: string;
  readonly to: string;
  readonly name: string;
}
export type Holiday = DateHoliday | IntervalHoliday;

export interface CalendarSpec {
  readonly id: string;
  readonly name: string;
  /** IANA time zone the weekly hours and holiday dates are read in. */
  readonly timeZone: string;
  readonly weekly: readonly WeeklyHours[];
  readonly holidays: readonly Holiday[];
  /** Calendars whose holidays apply here too (e.g. an office includes its country's public holidays). */
  readonly includes: readonly string[];
}

export interface VersionedCalendar extends CalendarSpec {
  readonly version: number;
}

export const isDateHoliday = (holiday: Holiday): holiday is DateHoliday => 'date' in holiday;
