import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { CalendarEvent } from '../domain/calendar.events';
import { calendarDecider, type CalendarState } from '../domain/calendar.decider';
import type { VersionedCalendar } from '../domain/calendar.model';

export const CALENDAR_CATEGORY = 'slacalendar';

export interface CalendarDocument extends StoredDocument {
  readonly calendar: VersionedCalendar;
  readonly updatedAt: string;
}

/** The tenant's calendars, as the decider folds them. */
export function applyToCalendar(doc: CalendarDocument | null, event: RecordedOf<CalendarEvent>): CalendarDocument | null {
  const state: CalendarState = doc ? { status: 'defined', calendar: doc.calendar } : calendarDecider.initialState();
  const next = calendarDecider.evolve(state, event);
  if (next.status === 'none') return doc;
  return { id: next.calendar.id, tenantId: event.metadata.tenantId, position: event.position, calendar: next.calendar, updatedAt: event.metadata.occurredAt };
}

export const calendarListProjection = projectionOf<CalendarEvent, CalendarDocument>({
  name: 'sla.calendars.v1',
  collection: 'sla-calendars',
  categories: [CALENDAR_CATEGORY],
  handles: ['CalendarDefined', 'CalendarReplaced', 'CalendarHolidaysAdded'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToCalendar,
});
