import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal } from '@deskstream/platform';
import type { ArticleActionInput } from '../application/article-actions';
import { ArticleQueries } from '../application/article-queries';
import { ArticleUseCases, type ArticleReceipt } from '../application/article-use-cases';
import {
  ArchiveArticleDto,
  ArticleReceiptDto,
  EditArticleDto,
  EmptyBodyDto,
  ArticleFeedbackDto,
  FlagArticleDto,
  LinkTicketDto,
  ResolveFlagDto,
} from './article.dto';
import { callerOf, etagOf, expectedRevisionOf } from './knowledge-http-context';

type RequestHeaders = Record<string, string | undefined>;

/**
 * The actions on one article. Each answers the new status, version and revision; an action the state
 * does not allow answers 409 with the allowed actions, one the tenant rules do not grant the caller 403,
 * and with If-Match a client that has not seen the latest revision gets 412.
 */
@ApiTags('knowledge')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the revision the client saw; 412 when stale' })
@ApiOkResponse({ type: ArticleReceiptDto })
@Controller('knowledge/articles')
export class ArticleActionsController {
  constructor(
    private readonly useCases: ArticleUseCases,
    private readonly queries: ArticleQueries,
  ) {}

  @Post(':idOrReference/edit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Edit: a new minor version; editing a validated article without the right to validate sends it back to not-validated' })
  edit(
    @Param('idOrReference') id: string,
    @Body() body: EditArticleDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    const { owner, ...changes } = body;
    return this.act(id, { action: 'edit', changes, ...(owner ? { owner } : {}) }, p, h, r);
  }

  @Post(':idOrReference/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish work in progress to agents as not-validated (the next whole version)' })
  submit(
    @Param('idOrReference') id: string,
    @Body() _b: EmptyBodyDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'submit' }, p, h, r);
  }

  @Post(':idOrReference/validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Validate (knowledge manager by default): requesters see it if it is for them' })
  validate(
    @Param('idOrReference') id: string,
    @Body() _b: EmptyBodyDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'validate' }, p, h, r);
  }

  @Post(':idOrReference/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire a published article, with the reason' })
  archive(
    @Param('idOrReference') id: string,
    @Body() body: ArchiveArticleDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'archive', reason: body.reason }, p, h, r);
  }

  @Post(':idOrReference/flag')
  @HttpCode(200)
  @ApiOperation({ summary: 'Flag it: wrong, outdated or unclear, with a comment; it joins the review queue' })
  flag(
    @Param('idOrReference') id: string,
    @Body() body: FlagArticleDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'flag', reason: body.reason, comment: body.comment }, p, h, r);
  }

  @Post(':idOrReference/resolve-flag')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an open flag with what was done about it' })
  resolveFlag(
    @Param('idOrReference') id: string,
    @Body() body: ResolveFlagDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'resolve-flag', flagId: body.flagId, comment: body.comment }, p, h, r);
  }

  @Post(':idOrReference/feedback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Helpful or not, with a comment; ratings carry over to later versions' })
  feedback(
    @Param('idOrReference') id: string,
    @Body() body: ArticleFeedbackDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'feedback', helpful: body.helpful, comment: body.comment ?? null }, p, h, r);
  }

  @Post(':idOrReference/link-ticket')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the article was used on a ticket (the reuse count; once per ticket)' })
  linkTicket(
    @Param('idOrReference') id: string,
    @Body() body: LinkTicketDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(id, { action: 'link-ticket', ticketId: body.ticketId, ticketReference: body.ticketReference ?? null }, p, h, r);
  }

  private async act(
    idOrReference: string,
    input: ArticleActionInput,
    principal: Principal,
    headers: RequestHeaders,
    reply: FastifyReply,
  ): Promise<ArticleReceipt> {
    const expectedRevision = expectedRevisionOf(headers['if-match']);
    const id = await this.queries.resolveId(principal.tenantId, idOrReference);
    const receipt = await this.useCases.act(callerOf(principal, headers['x-correlation-id']), id, input, expectedRevision);
    reply.header('ETag', etagOf(receipt.revision));
    return receipt;
  }
}
