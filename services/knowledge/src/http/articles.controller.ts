import { Body, Controller, Delete, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, CurrentPrincipal, type Principal } from '@deskstream/platform';
import { ArticleDto, ArticleSummaryDto } from './article-record.dto';
import { ArticleQueries } from '../application/article-queries';
import { ArticleUseCases } from '../application/article-use-cases';
import { KnowledgeSearch } from '../application/knowledge-search';
import { ArticleReceiptDto, CreateArticleDto } from './article.dto';
import { ReadArticleQueryDto, SearchArticlesQueryDto } from './knowledge-queries.dto';
import { articleLocation, callerOf, etagOf, expectedRevisionOf, viewerOf } from './knowledge-http-context';

/** Writing and reading knowledge articles: create, search or list, one article at a version or moment, its history. */
@ApiTags('knowledge')
@Controller('knowledge/articles')
export class ArticlesController {
  constructor(
    private readonly useCases: ArticleUseCases,
    private readonly queries: ArticleQueries,
    private readonly search: KnowledgeSearch,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Draft an article (work in progress, version 0.1); it gets a reference like KB0001001' })
  @ApiCreatedResponse({ type: ArticleReceiptDto, description: 'Location and ETag headers name the new article' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  async create(
    @Body() body: CreateArticleDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleReceiptDto> {
    const input = {
      title: body.title,
      problem: body.problem,
      environment: body.environment ?? '',
      cause: body.cause ?? '',
      resolution: body.resolution ?? '',
      keywords: body.keywords ?? [],
      service: body.service ?? null,
      category: body.category ?? null,
      audience: body.audience,
      owner: body.owner ?? null,
    };
    const receipt = await this.useCases.draft(callerOf(principal, correlationId), input, { kind: 'authored', sourceIncidents: [], problemId: null });
    reply.header('Location', articleLocation(receipt.id)).header('ETag', etagOf(receipt.revision));
    return receipt as ArticleReceiptDto;
  }

  @Get()
  @ApiOperation({
    summary: 'Search articles (`q`, ranked, with highlights) or list them (no `q`, newest change first)',
    description:
      'Filters: service, category, state, audience. Requesters see validated articles for requesters only. ' +
      'A search answers a `searchId`: pass it when opening a result (`GET …/{id}?searchId=`) so the gaps report knows the search found something. ' +
      'Without `q`, `sort` orders the list and `count=true` adds its total; a search is ranked and always has its total.',
  })
  @ApiPageResponse(ArticleSummaryDto, 'One page of articles, or of search hits (which also have total and searchId)', {
    searchId: { type: 'string', description: 'Searches: pass it as `searchId` when opening a result' },
  })
  list(@Query() query: SearchArticlesQueryDto, @CurrentPrincipal() principal: Principal) {
    const viewer = viewerOf(principal);
    const limit = query.limit ?? 20;
    if (query.q !== undefined && query.q.trim() !== '') {
      const filters = {
        ...(query.service ? { services: query.service } : {}),
        ...(query.category ? { categories: query.category } : {}),
        ...(query.state ? { states: query.state } : {}),
        ...(query.audience ? { audience: query.audience } : {}),
      };
      return this.search.articles(viewer, { q: query.q, filters, limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
    }
    const { q: _q, limit: _limit, ...options } = query;
    return this.queries.list(viewer, { ...options, limit });
  }

  @Get(':idOrReference')
  @ApiOperation({ summary: 'One article by id or reference: now, at `version`, or as it stood at `asOf`' })
  @ApiOkResponse({
    type: ArticleDto,
    description:
      'The article with the actions the caller may take; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered.',
  })
  async get(
    @Param('idOrReference') idOrReference: string,
    @Query() query: ReadArticleQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const viewer = viewerOf(principal);
    const view = await this.queries.get(viewer, idOrReference, {
      ...(query.version ? { version: query.version } : {}),
      ...(query.asOf ? { asOf: query.asOf } : {}),
    });
    if (query.searchId) this.search.opened(viewer, query.searchId, view.id);
    reply.header('ETag', etagOf(view.revision));
    if ('asOf' in view) reply.header('Memento-Datetime', new Date(view.asOf).toUTCString());
    return view;
  }

  @Get(':idOrReference/history')
  @ApiOperation({ summary: 'Every event of the article: versions, state changes, flags, feedback, links (agents)' })
  async history(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.history(viewerOf(principal), idOrReference) };
  }

  @Delete(':idOrReference')
  @ApiOperation({ summary: 'Delete a work-in-progress article (published ones are archived instead)' })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkResponse({ type: ArticleReceiptDto })
  async remove(
    @Param('idOrReference') idOrReference: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    const id = await this.queries.resolveId(principal.tenantId, idOrReference);
    return this.useCases.act(callerOf(principal, correlationId), id, { action: 'delete' }, expectedRevisionOf(ifMatch));
  }
}
