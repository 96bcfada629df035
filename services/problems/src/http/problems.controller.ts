import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ProblemDto, ProblemSummaryDto } from './problem-record.dto';
import { ProblemQueries } from '../application/problem-queries';
import { ProblemUseCases } from '../application/problem-use-cases';
import { READERS } from './problem-action-route';
import { etagOf, problemLocation, RouteRequestOf, type RouteRequest } from './problem-http-context';
import { AsOfQueryDto, ListProblemsQueryDto, ProblemReceiptDto, RecordProblemDto } from './problems.dto';

/** Recording problems and reading them: the record (now or as of a moment), its history, its timeline, its incidents. */
@ApiTags('problems')
@Controller('problems')
export class ProblemsController {
  constructor(
    private readonly useCases: ProblemUseCases,
    private readonly queries: ProblemQueries,
  ) {}

  @Post()
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Record a problem; it gets a reference like PRB0001001' })
  @ApiCreatedResponse({ type: ProblemReceiptDto, description: 'Location and ETag headers name the new problem' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  async record(@Body() body: RecordProblemDto, @RouteRequestOf() route: RouteRequest): Promise<ProblemReceiptDto> {
    const receipt = await this.useCases.record(route.context, body);
    route.reply.header('Location', problemLocation(receipt.id)).header('ETag', etagOf(receipt.revision));
    return receipt;
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Problems: filter by status, priority, service, origin, known error or text; worst first, then oldest' })
  @ApiPageResponse(ProblemSummaryDto, 'One page of problems')
  list(@Query() query: ListProblemsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.list(principal, query);
  }

  @Get(':idOrReference')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One problem by id or reference, now or as it stood at `asOf`' })
  @ApiOkResponse({
    type: ProblemDto,
    description:
      'The problem with knownError, worksheet verdicts and allowed actions; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered.',
  })
  async get(@Param('idOrReference') idOrReference: string, @Query() query: AsOfQueryDto, @RouteRequestOf() route: RouteRequest) {
    const view = await this.queries.view(route.context.principal, idOrReference, query.asOf);
    route.reply.header('ETag', etagOf(view.revision));
    if (view.asOf) route.reply.header('Memento-Datetime', new Date(view.asOf).toUTCString());
    return view;
  }

  @Get(':idOrReference/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the problem: who, when, and which fields changed' })
  async history(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.history(principal, idOrReference) };
  }

  @Get(':idOrReference/timeline')
  @Roles(...READERS)
  @ApiOperation({
    summary: "Timeline analysis: every event of the problem and of every linked incident, and the analysts' entries, in time order",
    description: "Built from history (the problem's stream and what the incidents service published about each linked incident).",
  })
  async timeline(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.timeline(principal, idOrReference) };
  }

  @Get(':idOrReference/incidents')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The linked incidents with their current status' })
  async incidents(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.linkedIncidents(principal, idOrReference) };
  }
}
