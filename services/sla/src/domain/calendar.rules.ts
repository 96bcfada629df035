import type { FieldError } from '@deskstream/kernel';
import { isDateHoliday, type CalendarSpec, type Holiday, type WeeklyHours } from './calendar.model';
import type { CalendarLookups } from './calendar.events';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function weeklyErrors(weekly: readonly WeeklyHours[]): FieldError[] {
  const errors: FieldError[] = [];
  weekly.forEach((hours, i) => {
    if (!HH_MM.test(hours.from) || hours.from === '24:00') errors.push({ field: `weekly.${i}.from`, message: 'must be HH:MM from 00:00 to 23:59' });
    if (!HH_MM.test(hours.to)) errors.push({ field: `weekly.${i}.to`, message: 'must be HH:MM from 00:01 to 24:00' });
    else if (HH_MM.test(hours.from) && minutesOf(hours.to) <= minutesOf(hours.from)) errors.push({ field: `weekly.${i}.to`, message: 'must be after from' });
  });
  if (errors.length > 0) return errors;
  // Overlapping hours on a day would count the same minutes twice in a reader's head; the calendar refuses them.
  weekly.forEach((hours, i) => {
    const overlap = weekly.findIndex(
      (other, j) => j < i && other.day === hours.day && minutesOf(other.from) < minutesOf(hours.to) && minutesOf(hours.from) < minutesOf(other.to),
    );
    if (overlap >= 0) errors.push({ field: `weekly.${i}`, message: `overlaps weekly.${overlap} on ${hours.day}` });
  });
  return errors;
}

export function holidayErrors(holidays: readonly Holiday[], path = 'holidays'): FieldError[] {
  return holidays.flatMap((holiday, i): FieldError[] => {
    if (isDateHoliday(holiday)) return DATE.test(holiday.date) ? [] : [{ field: `${path}.${i}.date`, message: 'must be a date YYYY-MM-DD' }];
    if (!INSTANT.test(holiday.from)) return [{ field: `${path}.${i}.from`, message: 'must be an ISO 8601 instant with an offset' }];
    if (!INSTANT.test(holiday.to)) return [{ field: `${path}.${i}.to`, message: 'must be an ISO 8601 instant with an offset' }];
    return Date.parse(holiday.to) > Date.parse(holiday.from) ? [] : [{ field: `${path}.${i}.to`, message: 'must be after from' }];
  });
}

/** True when following includes from `start` comes back to `start`. */
function reachesItself(start: string, includes: readonly string[], includesOf: CalendarLookups['includesOf']): boolean {
  const seen = new Set<string>();
  const pending = [...includes];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next === start) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(includesOf[next] ?? []));
  }
  return false;
}

/** Everything wrong with a calendar, each named by its field. */
export function calendarErrors(calendar: CalendarSpec, lookups: CalendarLookups): FieldError[] {
  const errors: FieldError[] = [];
  if (!lookups.timeZoneKnown) errors.push({ field: 'timeZone', message: `${calendar.timeZone} is not an IANA time zone` });
  errors.push(...weeklyErrors(calendar.weekly), ...holidayErrors(calendar.holidays));
  calendar.includes.forEach((included, i) => {
    if (!(included in lookups.includesOf)) errors.push({ field: `includes.${i}`, message: `calendar ${included} does not exist` });
  });
  if (reachesItself(calendar.id, calendar.includes, lookups.includesOf)) {
    errors.push({ field: 'includes', message: `including these would make ${calendar.id} include itself` });
  }
  return errors;
}
