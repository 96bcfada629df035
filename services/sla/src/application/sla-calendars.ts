import { IANAZone } from 'luxon';
import { commandHandler, fold, NotFound, streamName, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { recordedAs, type DocumentStore } from '@deskstream/readmodels';
import type { CalendarLookups } from '../domain/calendar.events';
import { calendarDecider } from '../domain/calendar.decider';
import type { CalendarEvent } from '../domain/calendar.events';
import type { CalendarSpec, Holiday, VersionedCalendar } from '../domain/calendar.model';
import { DEFAULT_CALENDARS, defaultCalendar } from '../domain/default-calendars';
import type { WorkingTimeline } from '../domain/working-time';
import { CALENDAR_CATEGORY, type CalendarDocument } from './calendar-list.projection';
import { timelineOf } from './calendar-timeline';
import { commandContextOf, type SlaRequestContext } from './sla-context';

const MAX_INCLUDE_DEPTH = 10;

/** A calendar with the holidays it inherits, and the versions it was resolved from (the cache key). */
interface ResolvedCalendar {
  readonly calendar: VersionedCalendar;
  readonly holidays: readonly Holiday[];
  readonly key: string;
}

/**
 * The tenant's business calendars: defining, replacing and extending them (each change a new version of
 * the calendar's stream), reading them, and their working time with inherited holidays, each expanded once
 * per version.
 */
export class SlaCalendars {
  private readonly handler;
  private readonly timelines = new Map<string, { key: string; timeline: WorkingTimeline }>();

  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.handler = commandHandler(calendarDecider, { store, clock, ids });
  }

  async define(context: SlaRequestContext, calendar: CalendarSpec): Promise<VersionedCalendar> {
    const lookups = await this.lookups(context.tenantId, calendar);
    return this.run(context, calendar.id, { type: 'DefineCalendar', data: { calendar, lookups, by: context.userId, at: this.now() } });
  }

  /** A shipped default that the tenant never stored is defined by its first replacement. */
  async replace(context: SlaRequestContext, calendar: CalendarSpec): Promise<VersionedCalendar> {
    const lookups = await this.lookups(context.tenantId, calendar);
    const stored = await this.stored(context.tenantId, calendar.id);
    const type = !stored && defaultCalendar(calendar.id) ? 'DefineCalendar' : 'ReplaceCalendar';
    return this.run(context, calendar.id, { type, data: { calendar, lookups, by: context.userId, at: this.now() } });
  }

  async addHolidays(context: SlaRequestContext, calendarId: string, holidays: readonly Holiday[]): Promise<VersionedCalendar> {
    const builtIn = defaultCalendar(calendarId);
    if (builtIn && !(await this.stored(context.tenantId, calendarId))) {
      const { version: _version, ...spec } = builtIn;
      return this.define(context, { ...spec, holidays: [...spec.holidays, ...holidays] });
    }
    return this.run(context, calendarId, { type: 'AddHolidays', data: { calendarId, holidays, by: context.userId, at: this.now() } });
  }

  /** A new tenant's template calendars: each defined unless the tenant already has it stored (a redelivered onboarding). */
  async adoptTemplate(context: SlaRequestContext, calendars: readonly CalendarSpec[]): Promise<void> {
    for (const calendar of calendars) {
      if (!(await this.stored(context.tenantId, calendar.id))) await this.define(context, calendar);
    }
  }

  async get(tenantId: string, id: string): Promise<VersionedCalendar> {
    const calendar = (await this.stored(tenantId, id)) ?? defaultCalendar(id);
    if (!calendar) throw new NotFound('Calendar', id);
    return calendar;
  }

  async list(tenantId: string): Promise<VersionedCalendar[]> {
    const page = await this.documents.collection<CalendarDocument>('sla-calendars').find(tenantId, { sort: [{ field: 'id', direction: 'asc' }], limit: 500 });
    const stored = page.items.map((doc) => doc.calendar);
    const defaults = DEFAULT_CALENDARS.filter((calendar) => !stored.some((s) => s.id === calendar.id));
    return [...defaults, ...stored].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The calendar's working time; a new version of it, or of a calendar it includes, expands anew. */
  async timeline(tenantId: string, id: string): Promise<{ calendar: VersionedCalendar; timeline: WorkingTimeline }> {
    const resolved = await this.resolve(tenantId, id, 0);
    const cacheKey = `${tenantId}/${id}`;
    const cached = this.timelines.get(cacheKey);
    if (cached?.key === resolved.key) return { calendar: resolved.calendar, timeline: cached.timeline };
    const timeline = timelineOf(resolved.calendar, resolved.holidays);
    this.timelines.set(cacheKey, { key: resolved.key, timeline });
    return { calendar: resolved.calendar, timeline };
  }

  private async resolve(tenantId: string, id: string, depth: number): Promise<ResolvedCalendar> {
    const calendar = await this.get(tenantId, id);
    if (depth > MAX_INCLUDE_DEPTH) return { calendar, holidays: calendar.holidays, key: `${id}@${calendar.version}` };
    const included = await Promise.all(calendar.includes.map((other) => this.resolve(tenantId, other, depth + 1)));
    return {
      calendar,
      holidays: [...calendar.holidays, ...included.flatMap((inc) => inc.holidays)],
      key: [`${id}@${calendar.version}`, ...included.map((inc) => inc.key)].join(','),
    };
  }

  private async stored(tenantId: string, id: string): Promise<VersionedCalendar | null> {
    const events = recordedAs<CalendarEvent>(await this.store.readStream(streamName(CALENDAR_CATEGORY, tenantId, id)));
    const state = fold(calendarDecider, events);
    return state.status === 'defined' ? state.calendar : null;
  }

  private async lookups(tenantId: string, calendar: CalendarSpec): Promise<CalendarLookups> {
    const others = (await this.list(tenantId)).filter((other) => other.id !== calendar.id);
    return { timeZoneKnown: IANAZone.isValidZone(calendar.timeZone), includesOf: Object.fromEntries(others.map((other) => [other.id, other.includes])) };
  }

  private async run(context: SlaRequestContext, id: string, command: Parameters<typeof calendarDecider.decide>[0]): Promise<VersionedCalendar> {
    const result = await this.handler.handle(streamName(CALENDAR_CATEGORY, context.tenantId, id), command, commandContextOf(context));
    if (result.state.status !== 'defined') throw new NotFound('Calendar', id);
    return result.state.calendar;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
