import { DateTime } from 'luxon';
import { WEEKDAYS, type ReportingCalendar } from '../domain/reporting-settings';
import { WorkingTime, type WorkingIntervals } from '../domain/working-time';

/** Years of working intervals built around the instants asked about; outside them the calendar is extended. */
const MARGIN_YEARS = 1;

/**
 * The tenant's reporting calendar as UTC working intervals, built with luxon (time zones, DST) as
 * the SLA service builds its calendars; the domain only counts instants.
 */
export function workingIntervals(calendar: ReportingCalendar, fromYear: number, toYear: number): WorkingIntervals {
  const holidays = new Set(calendar.holidays);
  const intervals: [number, number][] = [];
  // Wall-clock times are set, not added, so a DST day's hours stay where the clock shows them.
  const at = (day: DateTime, hhmm: string) =>
    hhmm === '24:00' ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) });
  for (let day = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: calendar.timeZone }); day.year <= toYear; day = day.plus({ days: 1 })) {
    if (holidays.has(day.toISODate()!)) continue;
    const weekday = WEEKDAYS[day.weekday - 1];
    const hours = calendar.weekly.filter((h) => h.day === weekday).sort((a, b) => (a.from < b.from ? -1 : 1));
    for (const { from, to } of hours) {
      intervals.push([at(day, from).toMillis(), at(day, to).toMillis()]);
    }
  }
  return intervals;
}

/** Calendars recently asked about, so a query does not build the same years again. */
const built = new Map<string, (from: string, to: string) => number>();
const KEPT_CALENDARS = 100;

/** Working milliseconds between two ISO instants by this calendar, years built on demand and kept. */
export function workingTimeOf(calendar: ReportingCalendar): (from: string, to: string) => number {
  const key = JSON.stringify(calendar);
  let working = built.get(key);
  if (!working) {
    if (built.size >= KEPT_CALENDARS) built.delete(built.keys().next().value!);
    built.set(key, (working = workingTimeBy(calendar)));
  }
  return working;
}

function workingTimeBy(calendar: ReportingCalendar): (from: string, to: string) => number {
  let span: { fromYear: number; toYear: number; time: WorkingTime } | null = null;
  return (from, to) => {
    const [a, b] = [Date.parse(from), Date.parse(to)];
    const [fromYear, toYear] = [new Date(Math.min(a, b)).getUTCFullYear(), new Date(Math.max(a, b)).getUTCFullYear()];
    if (!span || fromYear < span.fromYear || toYear > span.toYear) {
      const years = {
        fromYear: Math.min(fromYear, span?.fromYear ?? fromYear) - MARGIN_YEARS,
        toYear: Math.max(toYear, span?.toYear ?? toYear) + MARGIN_YEARS,
      };
      span = { ...years, time: new WorkingTime(workingIntervals(calendar, years.fromYear, years.toYear)) };
    }
    return span.time.elapsedMs(a, b);
  };
}
