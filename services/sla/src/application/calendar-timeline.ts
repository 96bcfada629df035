import { DateTime } from 'luxon';
import { isDateHoliday, WEEKDAYS, type Holiday, type VersionedCalendar } from '../domain/calendar.model';
import { WorkingTimeline, type UtcIntervals } from '../domain/working-time';

type Interval = [number, number];

/** Sorts and joins overlapping or touching intervals, so that 24x7 is one long interval, not 365 days. */
function merge(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `intervals` minus `holes`, both merged. */
function subtract(intervals: Interval[], holes: Interval[]): Interval[] {
  const result: Interval[] = [];
  let h = 0;
  for (const [start, end] of intervals) {
    let from = start;
    while (h < holes.length && holes[h]![1] <= from) h += 1;
    for (let k = h; k < holes.length && holes[k]![0] < end; k += 1) {
      if (holes[k]![0] > from) result.push([from, holes[k]![0]]);
      from = Math.max(from, holes[k]![1]);
    }
    if (from < end) result.push([from, end]);
  }
  return result;
}

function localTime(day: DateTime, hhmm: string): number {
  if (hhmm === '24:00') return day.plus({ days: 1 }).startOf('day').toMillis();
  // Luxon moves a wall-clock time that a DST change skips to the first instant that exists.
  return day.set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)), second: 0, millisecond: 0 }).toMillis();
}

function holidayInterval(holiday: Holiday, zone: string): Interval {
  if (isDateHoliday(holiday)) {
    const day = DateTime.fromISO(holiday.date, { zone });
    return [day.toMillis(), day.plus({ days: 1 }).toMillis()];
  }
  return [Date.parse(holiday.from), Date.parse(holiday.to)];
}

/** The working intervals of one UTC year: the weekly hours of each local day, minus every holiday. */
export function workingIntervals(calendar: VersionedCalendar, holidays: readonly Holiday[], year: number): UtcIntervals {
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Date.UTC(year + 1, 0, 1);
  const zone = calendar.timeZone;
  const byDay = WEEKDAYS.map((day) => calendar.weekly.filter((hours) => hours.day === day));
  const intervals: Interval[] = [];
  // Local days that can touch the UTC year: one either side covers every offset (-12 h to +14 h).
  let day = DateTime.fromMillis(yearStart, { zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(yearEnd, { zone }).startOf('day').plus({ days: 1 });
  for (; day <= last; day = day.plus({ days: 1 })) {
    for (const hours of byDay[day.weekday - 1]!) intervals.push([localTime(day, hours.from), localTime(day, hours.to)]);
  }
  const holes = merge(holidays.map((holiday) => holidayInterval(holiday, zone)));
  return subtract(merge(intervals), holes)
    .map(([start, end]): Interval => [Math.max(start, yearStart), Math.min(end, yearEnd)])
    .filter(([start, end]) => start < end);
}

/** A calendar's working time, each UTC year expanded once, on first use. */
export function timelineOf(calendar: VersionedCalendar, holidays: readonly Holiday[]): WorkingTimeline {
  return new WorkingTimeline((year) => workingIntervals(calendar, holidays, year));
}
