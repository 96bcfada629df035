import type { Message } from '@deskstream/kernel';
import type { CalendarSpec, Holiday } from './calendar.model';

/** Domain events of one business calendar. Every change is a new version of it. */
export type CalendarDefined = Message<
  'CalendarDefined',
  { readonly calendar: CalendarSpec; readonly version: number; readonly by: string; readonly at: string }
>;
export type CalendarReplaced = Message<
  'CalendarReplaced',
  { readonly calendar: CalendarSpec; readonly version: number; readonly by: string; readonly at: string }
>;
export type CalendarHolidaysAdded = Message<
  'CalendarHolidaysAdded',
  { readonly holidays: readonly Holiday[]; readonly version: number; readonly by: string; readonly at: string }
>;

export type CalendarEvent = CalendarDefined | CalendarReplaced | CalendarHolidaysAdded;

/** Facts the caller looks up before deciding: whether the zone exists, and what the other calendars include. */
export interface CalendarLookups {
  readonly timeZoneKnown: boolean;
  /** Every other calendar of the tenant and the calendars it includes. */
  readonly includesOf: Readonly<Record<string, readonly string[]>>;
}

export type DefineCalendar = Message<
  'DefineCalendar',
  { readonly calendar: CalendarSpec; readonly lookups: CalendarLookups; readonly by: string; readonly at: string }
>;
export type ReplaceCalendar = Message<
  'ReplaceCalendar',
  { readonly calendar: CalendarSpec; readonly lookups: CalendarLookups; readonly by: string; readonly at: string }
>;
export type AddHolidays = Message<
  'AddHolidays',
  { readonly calendarId: string; readonly holidays: readonly Holiday[]; readonly by: string; readonly at: string }
>;

export type CalendarCommand = DefineCalendar | ReplaceCalendar | AddHolidays;
