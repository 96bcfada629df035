import type { CalendarSpec, VersionedCalendar, Weekday } from './calendar.model';

/** Calendars the specifications share. */
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const officeHours = (id: string, timeZone: string, from = '09:00', to = '18:00'): VersionedCalendar => ({
  id,
  name: `${id} office hours`,
  timeZone,
  weekly: WORKDAYS.map((day) => ({ day, from, to })),
  holidays: [],
  includes: [],
  version: 1,
});

export const berlinOffice: VersionedCalendar = officeHours('berlin', 'Europe/Berlin');

export const allDay: CalendarSpec = {
  id: '24x7',
  name: 'Around the clock',
  timeZone: 'UTC',
  weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[]).map((day) => ({ day, from: '00:00', to: '24:00' })),
  holidays: [],
  includes: [],
};
