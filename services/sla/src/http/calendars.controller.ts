import { Body, Controller, Get, Headers, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { createValidationPipe, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { holidaysFromIcs } from '../application/ics-holidays';
import { SlaCalendars } from '../application/sla-calendars';
import type { CalendarSpec, Holiday } from '../domain/calendar.model';
import { AddHolidaysDto, CALENDAR_ID, CalendarBodyDto, DefineCalendarDto, DueQueryDto, ElapsedQueryDto } from './calendars.dto';
import { slaContextOf } from './sla-http-context';

const toSpec = (id: string, body: CalendarBodyDto): CalendarSpec => ({
  id,
  name: body.name,
  timeZone: body.timeZone,
  weekly: body.weekly.map(({ day, from, to }) => ({ day, from, to })),
  holidays: (body.holidays ?? []).map(toHoliday),
  includes: body.includes ?? [],
});

const toHoliday = (h: { name: string; date?: string; from?: string; to?: string }): Holiday =>
  h.date !== undefined ? { date: h.date, name: h.name } : { from: h.from!, to: h.to!, name: h.name };

function calendarId(id: string): string {
  if (!CALENDAR_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: 'must be a calendar id (lowercase letters, digits, - and _)' }]);
  return id;
}

/** Business calendars and the working-time arithmetic the clocks use, exposed so that people can ask "when would this be due?". */
@ApiTags('sla')
@Controller('sla/calendars')
export class CalendarsController {
  private readonly validation = createValidationPipe();

  constructor(private readonly calendars: SlaCalendars) {}

  @Post()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Define a calendar: time zone, weekly working hours, holidays, included calendars' })
  define(@Body() body: DefineCalendarDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    return this.calendars.define(slaContextOf(principal, correlationId), toSpec(body.id, body));
  }

  @Put(':id')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Replace a calendar as its next version' })
  replace(
    @Param('id') id: string,
    @Body() body: CalendarBodyDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    return this.calendars.replace(slaContextOf(principal, correlationId), toSpec(calendarId(id), body));
  }

  @Post(':id/holidays')
  @Roles('tenant-admin')
  @ApiConsumes('application/json', 'text/calendar')
  @ApiBody({ type: AddHolidaysDto, description: 'JSON {"holidays": [...]}, or an iCalendar (.ics) file; recurring events are expanded' })
  @ApiOperation({ summary: 'Add holidays (a new version of the calendar)' })
  async addHolidays(@Param('id') id: string, @Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal) {
    const isIcs = String(request.headers['content-type'] ?? '').startsWith('text/calendar');
    const holidays = isIcs
      ? holidaysFromIcs(String(request.body ?? ''))
      : ((await this.validation.transform(request.body ?? {}, { type: 'body', metatype: AddHolidaysDto })) as AddHolidaysDto).holidays.map(toHoliday);
    const correlation = request.headers['x-correlation-id'];
    return this.calendars.addHolidays(slaContextOf(principal, typeof correlation === 'string' ? correlation : undefined), calendarId(id), holidays);
  }

  @Get()
  @ApiOperation({ summary: "The tenant's calendars, with the shipped defaults (24x7, business-hours) it has not replaced" })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.calendars.list(principal.tenantId) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One calendar, current version' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.calendars.get(principal.tenantId, calendarId(id));
  }

  @Get(':id/due')
  @ApiOperation({ summary: 'When `minutes` working minutes of this calendar have passed since `from` (UTC)' })
  async due(@Param('id') id: string, @Query() query: DueQueryDto, @CurrentPrincipal() principal: Principal) {
    const { timeline } = await this.calendars.timeline(principal.tenantId, calendarId(id));
    return { due: timeline.due(new Date(query.from), query.minutes).toISOString() };
  }

  @Get(':id/elapsed')
  @ApiOperation({ summary: 'Working minutes of this calendar between `from` and `to`' })
  async elapsed(@Param('id') id: string, @Query() query: ElapsedQueryDto, @CurrentPrincipal() principal: Principal) {
    const { timeline } = await this.calendars.timeline(principal.tenantId, calendarId(id));
    return { minutes: timeline.elapsed(new Date(query.from), new Date(query.to)) };
  }
}
