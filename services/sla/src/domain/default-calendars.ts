import type { VersionedCalendar, Weekday } from './calendar.model';

const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Calendars every tenant has until it defines its own under the same id (version 0 = the shipped default):
 * around the clock, and business hours Mon-Fri 09:00-18:00 in Europe/Berlin.
 */
export const DEFAULT_CALENDARS: readonly VersionedCalendar[] = [
  {
    id: '24x7',
    name: 'Around the clock',
    timeZone: 'UTC',
    weekly: EVERY_DAY.map((day) => ({ day, from: '00:00', to: '24:00' })),
    holidays: [],
    includes: [],
    version: 0,
  },
  {
    id: 'business-hours',
    name: 'Business hours (Mon-Fri 09:00-18:00, Berlin)',
    timeZone: 'Europe/Berlin',
    weekly: WORKDAYS.map((day) => ({ day, from: '09:00', to: '18:00' })),
    holidays: [],
    includes: [],
    version: 0,
  },
];

export const defaultCalendar = (id: string): VersionedCalendar | undefined => DEFAULT_CALENDARS.find((calendar) => calendar.id === id);
