import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationFailed } from '@deskstream/kernel';
import { ApiPageResponse, correlationIdOf, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { SavedQueries, type SavedQueryView } from '../application/saved-queries';
import type { SavedQuery } from '../domain/saved-query.decider';
import { filtersOf } from './query.controller';
import { SAVED_QUERY_ID, SavedQueryBodyDto, SaveSavedQueryDto } from './saved-queries.dto';
import { ListSavedQueriesQueryDto, SavedQueryViewDto } from './saved-query-view.dto';
import { REPORTING_READERS } from './tickets.controller';

const DEFAULT_RUN_TIME = '06:00';

const savedQueryOf = (id: string, body: SavedQueryBodyDto): SavedQuery => ({
  id,
  name: body.name,
  query: { metrics: body.metrics, groupBy: body.groupBy ?? [], filters: filtersOf(body.filters), bucket: body.bucket ?? null },
  schedule: body.schedule ? { every: body.schedule.every, at: body.schedule.at ?? DEFAULT_RUN_TIME, recipients: body.schedule.recipients } : null,
});

/** Saved analyst queries; a scheduled one mails its CSV daily or weekly through the notification path. */
@ApiTags('reporting')
@Controller('reporting/saved-queries')
export class SavedQueriesController {
  constructor(private readonly savedQueries: SavedQueries) {}

  @Get()
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: "The tenant's saved queries in id order, each with its schedule, runs and next run" })
  @ApiPageResponse(SavedQueryViewDto, 'One page of saved queries')
  list(@Query() query: ListSavedQueriesQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.savedQueries.list(principal.tenantId, { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}), count: query.count });
  }

  @Post()
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: 'Save a query, optionally scheduled daily or weekly; answers it with the next run instant' })
  create(@Body() body: SaveSavedQueryDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation: string | undefined) {
    return this.savedQueries.save(this.contextOf(principal, correlation), savedQueryOf(body.id, body));
  }

  @Put(':id')
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: 'Replace a saved query and its schedule' })
  replace(
    @Param('id') id: string,
    @Body() body: SavedQueryBodyDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlation: string | undefined,
  ) {
    if (!SAVED_QUERY_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: `must match ${String(SAVED_QUERY_ID)}` }]);
    return this.savedQueries.save(this.contextOf(principal, correlation), savedQueryOf(id, body));
  }

  @Get(':id')
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: 'A saved query, its schedule, how many periods it has run for, the last and the next' })
  @ApiOkResponse({ type: SavedQueryViewDto })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<SavedQueryView> {
    const { savedQuery, runs, lastRunFor, nextRunAt } = await this.savedQueries.get(principal.tenantId, id);
    return { ...savedQuery, runs, lastRunFor, nextRunAt };
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: 'Delete a saved query and cancel its schedule; deleting it again is 404' })
  @ApiNoContentResponse({ description: 'Deleted; no report of it is mailed any more' })
  async remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation: string | undefined) {
    await this.savedQueries.delete(this.contextOf(principal, correlation), id);
  }

  private contextOf(principal: Principal, correlation: string | undefined) {
    return { tenantId: principal.tenantId, actor: principal.userId, correlationId: correlationIdOf(correlation) };
  }
}
