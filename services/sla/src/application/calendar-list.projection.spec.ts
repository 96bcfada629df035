import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { berlinOffice } from '../domain/calendar-fixtures';
import type { CalendarEvent } from '../domain/calendar.events';
import { calendarListProjection } from './calendar-list.projection';

const { version: _version, ...spec0 } = berlinOffice;
const christmas = { date: '2026-12-25', name: 'Christmas Day' };
const [defined, replaced, holidays] = recordedEvents<CalendarEvent>(
  'slacalendar-acme.berlin',
  [
    { type: 'CalendarDefined', data: { calendar: spec0, version: 1, by: 'admin', at: '2026-01-05T09:00:00.000Z' } },
    { type: 'CalendarReplaced', data: { calendar: { ...spec0, name: 'Berlin office' }, version: 2, by: 'admin', at: '2026-01-06T09:00:00.000Z' } },
    { type: 'CalendarHolidaysAdded', data: { holidays: [christmas], version: 3, by: 'admin', at: '2026-01-07T09:00:00.000Z' } },
  ],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(calendarListProjection);

describe('the list of calendars', () => {
  it('lists a defined calendar at its version', () => {
    spec
      .given()
      .when(defined!)
      .then((doc) => expect(doc).toMatchObject({ id: 'berlin', tenantId: 'acme', calendar: { ...spec0, version: 1 } }));
  });

  it('shows each new version: a replacement, then added holidays on top of it', () => {
    spec
      .given(defined!)
      .when(replaced!)
      .then((doc) => expect(doc?.calendar).toEqual({ ...spec0, name: 'Berlin office', version: 2 }));
    spec
      .given(defined!, replaced!)
      .when(holidays!)
      .then((doc) => expect(doc?.calendar).toEqual({ ...spec0, name: 'Berlin office', holidays: [christmas], version: 3 }));
  });

  it('ignores holidays for a calendar it never saw defined', () => {
    spec
      .given()
      .when(holidays!)
      .then((doc) => expect(doc).toBeNull());
  });
});
