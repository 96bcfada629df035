import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { NotFound } from '@deskstream/kernel';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ArticleQueries } from '../application/article-queries';
import { IncidentFactsStore } from '../application/incident-facts';
import { KnowledgeGaps } from '../application/knowledge-gaps';
import { KnowledgeSearch } from '../application/knowledge-search';
import { RequestTypeCategories } from '../application/request-type-categories';
import { DeflectionDto, IncidentSuggestionsQueryDto, PageQueryDto, SuggestionsQueryDto } from './knowledge-queries.dto';
import { viewerOf } from './knowledge-http-context';

/** Knowledge at intake (suggestions while a requester types, deflections) and the knowledge manager's review queue. */
@ApiTags('knowledge')
@Controller('knowledge')
export class KnowledgeController {
  constructor(
    private readonly search: KnowledgeSearch,
    private readonly queries: ArticleQueries,
    private readonly requestTypes: RequestTypeCategories,
    private readonly incidents: IncidentFactsStore,
    private readonly gapsReport: KnowledgeGaps,
  ) {}

  @Get('suggestions')
  @ApiOperation({
    summary: 'Articles for what a requester is typing; fast enough for each (debounced) keystroke',
    description:
      'The last word counts as a prefix of a word of the title or keywords. With `requestType`, articles of the category that form is filed under rank higher.',
  })
  @ApiOkResponse({ description: '{ items, total, searchId }' })
  async suggestions(@Query() query: SuggestionsQueryDto, @CurrentPrincipal() principal: Principal) {
    const prefer = query.requestType ? await this.requestTypes.categoryOf(principal.tenantId, query.requestType) : null;
    return this.search.suggestions(viewerOf(principal), query.q, query.limit ?? 5, prefer);
  }

  @Post('deflections')
  @HttpCode(204)
  @ApiOperation({ summary: 'The portal reports a deflection: a suggested article was opened and the form abandoned' })
  @ApiNoContentResponse()
  deflection(@Body() body: DeflectionDto, @CurrentPrincipal() principal: Principal): void {
    this.search.deflected(viewerOf(principal), body.searchId, body.articleId, body.requestType ?? null);
  }

  @Get('review-queue')
  @Roles('knowledge-manager', 'tenant-admin')
  @ApiOperation({ summary: 'Flag it or fix it: articles with open flags, most flags first' })
  @ApiOkResponse({ description: '{ items: [article summary + flags], nextCursor }' })
  reviewQueue(@Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.reviewQueue(principal.tenantId, query.limit ?? 20, query.cursor);
  }

  @Get('incidents/:idOrReference/suggestions')
  @Roles('agent', 'resolver', 'problem-manager', 'knowledge-manager')
  @ApiOperation({ summary: 'Articles for an incident being worked: from its short description, its category first' })
  @ApiOkResponse({ description: '{ items, total }' })
  async incidentSuggestions(
    @Param('idOrReference') idOrReference: string,
    @Query() query: IncidentSuggestionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    const facts = (await this.incidents.get(principal.tenantId, idOrReference)) ?? (await this.incidents.byReference(principal.tenantId, idOrReference));
    if (!facts) throw new NotFound('Incident', idOrReference);
    return this.search.forIncident(viewerOf(principal), facts.shortDescription, facts.category, query.limit ?? 5);
  }

  @Get('gaps')
  @Roles('knowledge-manager', 'problem-manager', 'analyst', 'tenant-admin')
  @ApiOperation({
    summary: 'Knowledge gaps: clusters of zero-result and no-click searches, and incident categories with many tickets and no validated article',
  })
  @ApiOkResponse({ description: '{ searches: [...ranked], categories: [...ranked] }' })
  gaps(@Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.gapsReport.report(principal.tenantId, query.limit ?? 20);
  }
}
