import { PERMISSIONS } from '@deskstream/contracts';
import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { IncidentDto, IncidentSummaryDto } from './incident-record.dto';
import { IncidentQueries } from '../application/incident-queries';
import { IncidentUseCases } from '../application/incident-use-cases';
import { etagOf, incidentLocation, requestContextOf } from './incident-http-context';
import { AsOfQueryDto, IncidentReceiptDto, ListIncidentsQueryDto, OpenIncidentDto } from './incidents.dto';

/** Recording incidents and reading them: the record (now or as of a moment), its history, the queues. */
@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly useCases: IncidentUseCases,
    private readonly queries: IncidentQueries,
  ) {}

  @Post()
  @Roles(...PERMISSIONS.raiseTicket)
  @ApiOperation({ summary: 'Record an incident; it gets a reference like INC0001001' })
  @ApiCreatedResponse({ type: IncidentReceiptDto, description: 'Location and ETag headers name the new incident' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  async open(
    @Body() body: OpenIncidentDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IncidentReceiptDto> {
    const receipt = await this.useCases.open(requestContextOf(principal, correlationId), body);
    reply.header('Location', incidentLocation(receipt.id)).header('ETag', etagOf(receipt.revision));
    return receipt;
  }

  @Get()
  @ApiOperation({
    summary: 'The queue: filter by status, group, assignee, priority, channel or text; sorted by priority, then oldest first',
    description: 'Requesters get their own tickets only. Pages with `limit` and the returned `nextCursor`.',
  })
  @ApiPageResponse(IncidentSummaryDto, 'One page of the queue')
  list(@Query() query: ListIncidentsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.list(principal, query);
  }

  @Get(':idOrReference')
  @ApiOperation({ summary: 'One incident by id or reference, now or as it stood at `asOf`' })
  @ApiOkResponse({
    type: IncidentDto,
    description:
      'The incident with the actions the caller may take; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered.',
  })
  async get(
    @Param('idOrReference') idOrReference: string,
    @Query() query: AsOfQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.view(principal, idOrReference, query.asOf);
    reply.header('ETag', etagOf(view.revision));
    if (view.asOf) reply.header('Memento-Datetime', new Date(view.asOf).toUTCString());
    return view;
  }

  @Get(':idOrReference/history')
  @ApiOperation({ summary: 'Every event of the incident: who, when, and which fields changed' })
  async history(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.history(principal, idOrReference) };
  }
}
