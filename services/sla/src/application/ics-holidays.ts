import ICAL from 'ical.js';
import { ValidationFailed } from '@deskstream/kernel';
import type { Holiday } from '../domain/calendar.model';

/** Recurring holidays are stored as their occurrences up to this year, so a calendar is plain data that replays exactly. */
const EXPAND_UNTIL_YEAR = 2100;
const MAX_OCCURRENCES = 2_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (time: ICAL.Time): string => `${time.year}-${pad(time.month)}-${pad(time.day)}`;

/** An occurrence as holidays: each day of an all-day event, or the instants of a timed one. */
function holidaysOf(name: string, start: ICAL.Time, end: ICAL.Time): Holiday[] {
  if (!start.isDate) return [{ from: start.toJSDate().toISOString(), to: end.toJSDate().toISOString(), name }];
  const days: Holiday[] = [];
  for (const day = start.clone(); day.compare(end) < 0 || days.length === 0; day.adjust(1, 0, 0, 0)) days.push({ date: dateOf(day), name });
  return days;
}

/** Holidays of an iCalendar (.ics) file, recurring events (RRULE, RDATE, EXDATE) expanded by the ical.js parser. */
export function holidaysFromIcs(text: string): Holiday[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new ValidationFailed([{ field: 'body', message: `not an iCalendar file: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const holidays: Holiday[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const name = (event.summary || 'Holiday').slice(0, 200);
    if (!event.isRecurring()) {
      holidays.push(...holidaysOf(name, event.startDate, event.endDate ?? event.startDate));
      continue;
    }
    const occurrences = event.iterator();
    for (let next = occurrences.next(), n = 0; next && next.year < EXPAND_UNTIL_YEAR && n < MAX_OCCURRENCES; next = occurrences.next(), n += 1) {
      const details = event.getOccurrenceDetails(next);
      holidays.push(...holidaysOf(name, details.startDate, details.endDate));
    }
  }
  if (holidays.length === 0) throw new ValidationFailed([{ field: 'body', message: 'the iCalendar file has no events' }]);
  return holidays;
}
