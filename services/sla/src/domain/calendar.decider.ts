import { AlreadyExists, assertNever, NotFound, ValidationFailed, type Decider } from '@deskstream/kernel';
import type { CalendarCommand, CalendarEvent } from './calendar.events';
import type { VersionedCalendar } from './calendar.model';
import { calendarErrors, holidayErrors } from './calendar.rules';

export type CalendarState = { readonly status: 'none' } | { readonly status: 'defined'; readonly calendar: VersionedCalendar };

function decide(command: CalendarCommand, state: CalendarState): CalendarEvent[] {
  switch (command.type) {
    case 'DefineCalendar': {
      const { calendar, lookups, by, at } = command.data;
      if (state.status !== 'none') throw new AlreadyExists('Calendar', calendar.id);
      const errors = calendarErrors(calendar, lookups);
      if (errors.length > 0) throw new ValidationFailed(errors);
      return [{ type: 'CalendarDefined', data: { calendar, version: 1, by, at } }];
    }
    case 'ReplaceCalendar': {
      const { calendar, lookups, by, at } = command.data;
      if (state.status === 'none') throw new NotFound('Calendar', calendar.id);
      const errors = calendarErrors(calendar, lookups);
      if (errors.length > 0) throw new ValidationFailed(errors);
      return [{ type: 'CalendarReplaced', data: { calendar, version: state.calendar.version + 1, by, at } }];
    }
    case 'AddHolidays': {
      const { calendarId, holidays, by, at } = command.data;
      if (state.status === 'none') throw new NotFound('Calendar', calendarId);
      const errors = holidayErrors(holidays);
      if (holidays.length === 0) errors.push({ field: 'holidays', message: 'must name at least one holiday' });
      if (errors.length > 0) throw new ValidationFailed(errors);
      return [{ type: 'CalendarHolidaysAdded', data: { holidays, version: state.calendar.version + 1, by, at } }];
    }
    default:
      return assertNever(command, 'calendar command');
  }
}

function evolve(state: CalendarState, event: CalendarEvent): CalendarState {
  switch (event.type) {
    case 'CalendarDefined':
    case 'CalendarReplaced':
      return { status: 'defined', calendar: { ...event.data.calendar, version: event.data.version } };
    case 'CalendarHolidaysAdded':
      if (state.status === 'none') return state;
      return {
        status: 'defined',
        calendar: { ...state.calendar, holidays: [...state.calendar.holidays, ...event.data.holidays], version: event.data.version },
      };
    default:
      return assertNever(event, 'calendar event');
  }
}

export const calendarDecider: Decider<CalendarCommand, CalendarEvent, CalendarState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
