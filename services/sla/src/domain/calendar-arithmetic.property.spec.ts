import fc from 'fast-check';
import { timelineOf } from '../application/calendar-timeline';
import type { VersionedCalendar } from './calendar.model';
import { officeHours } from './calendar-fixtures';

/** Zones with a 1 h DST shift on either side of the Atlantic, a 30-minute shift, and none at +05:30. */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];

/** Each zone with office hours plus holidays, and a night shift that spans the local DST hour (01:00-03:00). */
function calendarsOf(zone: string): VersionedCalendar[] {
  const office = {
    ...officeHours(`office-${zone}`, zone),
    holidays: [
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-12-25', name: 'Christmas' },
    ],
  };
  const nights = {
    ...officeHours(`nights-${zone}`, zone, '00:30', '03:30'),
    weekly: [...officeHours('n', zone, '00:30', '03:30').weekly, { day: 'sun' as const, from: '00:00', to: '24:00' }],
  };
  return [office, nights];
}

const CALENDARS = ZONES.flatMap(calendarsOf).map((calendar) => ({ calendar, timeline: timelineOf(calendar, calendar.holidays) }));

const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2027, 11, 31);
const calendarArb = fc.constantFrom(...CALENDARS);
const instantArb = fc.integer({ min: START, max: END });
const minutesArb = fc.integer({ min: 0, max: 20 * 540 });
const MINUTE = 60_000;
const runs = { numRuns: 400 };

describe('business calendar arithmetic: properties across DST changes in four zones', () => {
  it('due(from, a + b) == due(due(from, a), b)', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, minutesArb, ({ timeline }, from, a, b) => {
        expect(timeline.dueMs(from, (a + b) * MINUTE)).toBe(timeline.dueMs(timeline.dueMs(from, a * MINUTE), b * MINUTE));
      }),
      // Found by a run: 45 working hours from New Year end exactly at 18:00, and nothing more from there is 18:00 too.
      { ...runs, examples: [[CALENDARS[0]!, START, 2700, 0]] },
    );
  });

  it('elapsed(from, due(from, n)) == n', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, ({ timeline }, from, n) => {
        expect(timeline.elapsedMs(from, timeline.dueMs(from, n * MINUTE))).toBe(n * MINUTE);
      }),
      runs,
    );
  });

  it('due is monotonic in the start and in the duration; elapsed in the end', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, minutesArb, minutesArb, ({ timeline }, t1, t2, n1, n2) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [small, large] = n1 <= n2 ? [n1, n2] : [n2, n1];
        expect(timeline.dueMs(early, small * MINUTE)).toBeLessThanOrEqual(timeline.dueMs(late, small * MINUTE));
        expect(timeline.dueMs(early, small * MINUTE)).toBeLessThanOrEqual(timeline.dueMs(early, large * MINUTE));
        expect(timeline.elapsedMs(START, early)).toBeLessThanOrEqual(timeline.elapsedMs(START, late));
      }),
      runs,
    );
  });

  it('elapsed is additive over consecutive spans and never exceeds wall-clock time', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, instantArb, ({ timeline }, a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
        expect(timeline.elapsedMs(x, y) + timeline.elapsedMs(y, z)).toBe(timeline.elapsedMs(x, z));
        expect(timeline.elapsedMs(x, z)).toBeLessThanOrEqual(z - x);
      }),
      runs,
    );
  });

  it('a due instant with n > 0 is inside working time, never on a holiday', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 1, max: 5000 }), ({ timeline }, from, n) => {
        const due = timeline.dueMs(from, n * MINUTE);
        // The instant just before a due instant is working time: nothing falls due at midnight or on a
        // weekend by itself. (Not the whole minute before: from any instant, n minutes may end 1 ms into
        // the next working interval.)
        expect(timeline.elapsedMs(due - 1, due)).toBe(1);
      }),
      runs,
    );
  });
});
