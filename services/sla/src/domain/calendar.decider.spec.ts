import { AlreadyExists, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { calendarDecider } from './calendar.decider';
import type { CalendarEvent } from './calendar.events';
import { berlinOffice } from './calendar-fixtures';

const spec = specification(calendarDecider);
const { version: _v, ...berlin } = berlinOffice;
const lookups = { timeZoneKnown: true, includesOf: { 'de-public': [] } };
const at = '2026-03-01T10:00:00.000Z';
const defined: CalendarEvent = { type: 'CalendarDefined', data: { calendar: berlin, version: 1, by: 'admin', at } };

describe('business calendars', () => {
  it('is defined as version 1 and every change is a new version', () => {
    spec
      .given([])
      .when({ type: 'DefineCalendar', data: { calendar: berlin, lookups, by: 'admin', at } })
      .then([defined]);
    const withInclude = { ...berlin, includes: ['de-public'] };
    spec
      .given([defined])
      .when({ type: 'ReplaceCalendar', data: { calendar: withInclude, lookups, by: 'admin', at } })
      .then([{ type: 'CalendarReplaced', data: { calendar: withInclude, version: 2, by: 'admin', at } }]);
    const christmas = [{ date: '2026-12-25', name: 'Christmas' }];
    spec
      .given([defined])
      .when({ type: 'AddHolidays', data: { calendarId: 'berlin', holidays: christmas, by: 'admin', at } })
      .thenState((state) => {
        expect(state.status === 'defined' && [state.calendar.version, state.calendar.holidays]).toEqual([2, christmas]);
      });
  });

  it('cannot be defined twice, nor replaced or extended before it exists', () => {
    spec
      .given([defined])
      .when({ type: 'DefineCalendar', data: { calendar: berlin, lookups, by: 'admin', at } })
      .thenThrows(AlreadyExists);
    spec
      .given([])
      .when({ type: 'ReplaceCalendar', data: { calendar: berlin, lookups, by: 'admin', at } })
      .thenThrows(NotFound);
    spec
      .given([])
      .when({ type: 'AddHolidays', data: { calendarId: 'x', holidays: [{ date: '2026-12-25', name: 'x' }], by: 'a', at } })
      .thenThrows(NotFound);
  });

  it('refuses an unknown zone, hours that end before they start or overlap, bad holidays, and unknown includes', () => {
    const bad = {
      ...berlin,
      timeZone: 'Mars/Olympus',
      weekly: [
        { day: 'mon' as const, from: '09:00', to: '12:00' },
        { day: 'mon' as const, from: '11:00', to: '13:00' },
        { day: 'tue' as const, from: '10:00', to: '09:00' },
      ],
      holidays: [
        { date: '2026-13-01', name: 'x' },
        { from: '2026-01-02T10:00:00Z', to: '2026-01-02T09:00:00Z', name: 'y' },
      ],
      includes: ['nowhere'],
    };
    spec
      .given([])
      .when({ type: 'DefineCalendar', data: { calendar: bad, lookups: { ...lookups, timeZoneKnown: false }, by: 'admin', at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(error.errors.map((e) => e.field)).toEqual(['timeZone', 'weekly.2.to', 'holidays.0.date', 'holidays.1.to', 'includes.0']),
      );
  });

  it('refuses includes that would make a calendar include itself', () => {
    const cyclic = { timeZoneKnown: true, includesOf: { 'de-public': ['berlin'] } };
    spec
      .given([defined])
      .when({ type: 'ReplaceCalendar', data: { calendar: { ...berlin, includes: ['de-public'] }, lookups: cyclic, by: 'admin', at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['includes']));
  });
});
