import { ValidationFailed } from '@deskstream/kernel';
import { holidaysFromIcs } from './ics-holidays';

const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Deskstream//test//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe('holidays from iCalendar', () => {
  it('expands a yearly rule with an exception date, and multi-day all-day events day by day', () => {
    const holidays = holidaysFromIcs(
      ics(
        ['UID:a', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY;COUNT=3', 'EXDATE;VALUE=DATE:20271225', 'SUMMARY:Christmas'],
        ['UID:b', 'DTSTART;VALUE=DATE:20260501', 'DTEND;VALUE=DATE:20260502', 'SUMMARY:Labour Day'],
      ),
    );
    expect(holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas' },
      { date: '2026-12-26', name: 'Christmas' },
      { date: '2028-12-25', name: 'Christmas' },
      { date: '2028-12-26', name: 'Christmas' },
      { date: '2026-05-01', name: 'Labour Day' },
    ]);
  });

  it('keeps a timed event as an interval between instants', () => {
    expect(holidaysFromIcs(ics(['UID:c', 'DTSTART:20260312T120000Z', 'DTEND:20260312T160000Z', 'SUMMARY:Works meeting']))).toEqual([
      { from: '2026-03-12T12:00:00.000Z', to: '2026-03-12T16:00:00.000Z', name: 'Works meeting' },
    ]);
  });

  it('refuses what is not iCalendar, or has no events', () => {
    expect(() => holidaysFromIcs('hello')).toThrow(ValidationFailed);
    expect(() => holidaysFromIcs(ics())).toThrow(ValidationFailed);
  });
});
