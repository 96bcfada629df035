import { timelineOf } from '../application/calendar-timeline';
import { allDay, berlinOffice, officeHours } from './calendar-fixtures';

const due = (calendar = berlinOffice, from: string, minutes: number, holidays = calendar.holidays) =>
  timelineOf(calendar, holidays).due(new Date(from), minutes).toISOString();
const elapsed = (calendar = berlinOffice, from: string, to: string) => timelineOf(calendar, calendar.holidays).elapsed(new Date(from), new Date(to));

describe('business calendar arithmetic: the classic cases (Europe/Berlin, Mon-Fri 09:00-18:00)', () => {
  it('Fri 2026-03-27 17:55 + 1 working hour is Mon 2026-03-30 09:55 CEST (07:55Z), across the spring DST change', () => {
    expect(due(berlinOffice, '2026-03-27T16:55:00Z', 60)).toBe('2026-03-30T07:55:00.000Z');
  });

  it('Fri 2026-10-23 17:55 + 1 working hour is Mon 2026-10-26 09:55 CET (08:55Z), across the autumn DST change', () => {
    expect(due(berlinOffice, '2026-10-23T15:55:00Z', 60)).toBe('2026-10-26T08:55:00.000Z');
  });

  it('Fri 17:00 to Mon 10:00 is 2 working hours, not 65 h', () => {
    expect(elapsed(berlinOffice, '2026-03-27T16:00:00Z', '2026-03-30T08:00:00Z')).toBe(120);
  });

  it('a holiday on the Monday moves the due instant to Tuesday', () => {
    const withHoliday = { ...berlinOffice, holidays: [{ date: '2026-03-30', name: 'Company day' }] };
    expect(due(withHoliday, '2026-03-27T16:55:00Z', 60)).toBe('2026-03-31T07:55:00.000Z');
  });

  it('a holiday interval removes only its own hours', () => {
    const afternoonOff = { ...berlinOffice, holidays: [{ from: '2026-03-30T12:00:00+02:00', to: '2026-03-30T14:00:00+02:00', name: 'Works meeting' }] };
    expect(elapsed(afternoonOff, '2026-03-30T07:00:00Z', '2026-03-30T16:00:00Z')).toBe(9 * 60 - 120);
  });

  it('from outside working time counts from the next working instant; reaching 18:00 stays at 18:00', () => {
    expect(due(berlinOffice, '2026-03-28T10:00:00Z', 30)).toBe('2026-03-30T07:30:00.000Z');
    expect(due(berlinOffice, '2026-03-27T16:00:00Z', 0)).toBe('2026-03-27T16:00:00.000Z');
    expect(due(berlinOffice, '2026-03-27T17:30:00Z', 0)).toBe('2026-03-30T07:00:00.000Z');
    expect(due(berlinOffice, '2026-03-27T15:00:00Z', 60)).toBe('2026-03-27T16:00:00.000Z');
  });

  it('one business day is the working time of one day (9 h), not 24 h', () => {
    expect(due(berlinOffice, '2026-03-26T08:00:00Z', 9 * 60)).toBe('2026-03-26T17:00:00.000Z');
    expect(due(berlinOffice, '2026-03-26T12:00:00Z', 9 * 60)).toBe('2026-03-27T12:00:00.000Z');
  });

  it('several intervals a day (08:00-12:00, 13:00-17:00) skip the lunch break', () => {
    const split = {
      ...berlinOffice,
      weekly: berlinOffice.weekly.flatMap((h) => [
        { day: h.day, from: '08:00', to: '12:00' },
        { day: h.day, from: '13:00', to: '17:00' },
      ]),
    };
    expect(due(split, '2026-03-26T10:30:00Z', 60)).toBe('2026-03-26T12:30:00.000Z');
    expect(elapsed(split, '2026-03-26T06:00:00Z', '2026-03-26T16:00:00Z')).toBe(8 * 60);
  });

  it('a 24x7 calendar in a DST zone has a 23 h day in spring and a 25 h day in autumn', () => {
    const berlin247 = { ...allDay, timeZone: 'Europe/Berlin', version: 1 };
    expect(elapsed(berlin247, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(23 * 60);
    expect(elapsed(berlin247, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(25 * 60);
  });

  it('office hours in Asia/Kolkata (+05:30) and a year boundary', () => {
    const kolkata = officeHours('kolkata', 'Asia/Kolkata');
    expect(due(kolkata, '2026-12-31T12:00:00Z', 60)).toBe('2027-01-01T04:00:00.000Z');
  });
});
