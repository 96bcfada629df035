import { PERMISSIONS } from '@deskstream/contracts';
import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, CommandMetrics, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ServiceRequestDto, ServiceRequestSummaryDto } from './request-record.dto';
import { ServiceRequestCommands } from '../application/service-request-commands';
import { ServiceRequestQueries } from '../application/service-request-queries';
import { commandContext, etagOf, requestLocation, viewerOf } from './request-context';
import { AsOfQueryDto, ListRequestsQueryDto, RequestOutcomeDto, SubmitRequestDto } from './requests.dto';

/** Service requests: a separate queue from incidents, with approvals and fulfilment tasks. */
@ApiTags('service requests')
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly commands: ServiceRequestCommands,
    private readonly queries: ServiceRequestQueries,
    private readonly metrics: CommandMetrics,
  ) {}

  @Post()
  @Roles(...PERMISSIONS.raiseTicket)
  @ApiOperation({ summary: 'Submit a service request (or keep it as a draft); it gets a reference like REQ0001001' })
  @ApiCreatedResponse({ type: RequestOutcomeDto, description: 'Location and ETag headers name the new request' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  async submit(
    @Body() body: SubmitRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequestOutcomeDto> {
    const outcome = await this.metrics.measure('incidents', 'service-request.submit', () =>
      this.commands.submit(body, commandContext(principal, correlationId), viewerOf(principal)),
    );
    reply.header('Location', requestLocation(outcome.id)).header('ETag', etagOf(outcome.revision));
    return outcome;
  }

  @Get()
  @ApiOperation({
    summary: 'List service requests',
    description: 'Staff see the fulfilment queue (oldest first); requesters see their own requests (newest first).',
  })
  @ApiPageResponse(ServiceRequestSummaryDto, 'One page of requests')
  list(@Query() query: ListRequestsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.list(viewerOf(principal), query);
  }

  @Get(':idOrReference')
  @ApiOperation({ summary: 'One service request by id or reference, now or as it stood at `asOf`' })
  @ApiOkResponse({
    type: ServiceRequestDto,
    description:
      'The request with the actions the caller may take; the ETag header is its revision. With `asOf`: a historical view, `asOf` echoed in the body and the Memento-Datetime header, no actions.',
  })
  async get(
    @Param('idOrReference') idOrReference: string,
    @Query() query: AsOfQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const detail = await this.queries.get(viewerOf(principal), idOrReference, query.asOf);
    reply.header('ETag', etagOf(detail.revision));
    if (detail.asOf) reply.header('Memento-Datetime', new Date(detail.asOf).toUTCString());
    return detail;
  }

  @Get(':idOrReference/history')
  @ApiOperation({ summary: 'Every event of the request with actor, time and what changed' })
  async history(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.history(viewerOf(principal), idOrReference) };
  }
}
