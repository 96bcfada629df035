import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandMetrics, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ServiceRequestCommands, type RequestActionInput, type RequestOutcome } from '../application/service-request-commands';
import { ServiceRequestQueries } from '../application/service-request-queries';
import { FULFILMENT_ROLES } from '../domain/service-request.access';
import {
  FulfilmentTaskDto,
  ApproveRequestDto,
  CompleteFulfilmentTaskDto,
  EmptyBodyDto,
  FulfilRequestDto,
  ReasonDto,
  RequestNoteDto,
  AssignRequestDto,
  ClassifyRequestDto,
} from './request-actions.dto';
import { commandContext, etagOf, expectedRevisionOf, viewerOf } from './request-context';
import { RequestOutcomeDto } from './requests.dto';

/**
 * The actions on one service request. Each answers the new status and revision; with If-Match, a
 * client that has not seen the latest revision gets 412 instead of acting on stale information.
 */
@ApiTags('service requests')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the revision the client saw; 412 when stale' })
@ApiOkResponse({ type: RequestOutcomeDto })
@Controller('requests')
export class RequestActionsController {
  constructor(
    private readonly commands: ServiceRequestCommands,
    private readonly queries: ServiceRequestQueries,
    private readonly metrics: CommandMetrics,
  ) {}

  @Post(':idOrReference/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit a draft for approval' })
  submit(
    @Param('idOrReference') idOrReference: string,
    @Body() _body: EmptyBodyDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'submit' }, p, h, r);
  }

  @Post(':idOrReference/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve as one of the listed approvers; the last approval approves the request' })
  approve(
    @Param('idOrReference') idOrReference: string,
    @Body() body: ApproveRequestDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'approve', ...body }, p, h, r);
  }

  @Post(':idOrReference/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject as one of the listed approvers; this ends the request' })
  reject(
    @Param('idOrReference') idOrReference: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'reject', reason: body.reason }, p, h, r);
  }

  @Post(':idOrReference/assign')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: 'Assign the request to a group (and perhaps one of its people), once submitted and until fulfilled' })
  assign(
    @Param('idOrReference') idOrReference: string,
    @Body() body: AssignRequestDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'assign', group: body.group, ...(body.assignee ? { assignee: body.assignee } : {}) }, p, h, r);
  }

  @Post(':idOrReference/classify')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: "Set impact and urgency; the priority follows from the tenant's priority matrix" })
  classify(
    @Param('idOrReference') idOrReference: string,
    @Body() body: ClassifyRequestDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'classify', impact: body.impact, urgency: body.urgency }, p, h, r);
  }

  @Post(':idOrReference/add-task')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: 'Add a fulfilment task with an assignee (approved requests)' })
  addTask(
    @Param('idOrReference') idOrReference: string,
    @Body() body: FulfilmentTaskDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'add-task', ...body }, p, h, r);
  }

  @Post(':idOrReference/complete-task')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: 'Complete a fulfilment task' })
  completeTask(
    @Param('idOrReference') idOrReference: string,
    @Body() body: CompleteFulfilmentTaskDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'complete-task', ...body }, p, h, r);
  }

  @Post(':idOrReference/fulfil')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: 'Mark the request fulfilled (every task must be complete)' })
  fulfil(
    @Param('idOrReference') idOrReference: string,
    @Body() body: FulfilRequestDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'fulfil', ...body }, p, h, r);
  }

  @Post(':idOrReference/close')
  @HttpCode(200)
  @Roles(...FULFILMENT_ROLES)
  @ApiOperation({ summary: 'Close a fulfilled request' })
  close(
    @Param('idOrReference') idOrReference: string,
    @Body() _body: EmptyBodyDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'close' }, p, h, r);
  }

  @Post(':idOrReference/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an open request (draft, awaiting approval or approved)' })
  cancel(
    @Param('idOrReference') idOrReference: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'cancel', reason: body.reason }, p, h, r);
  }

  @Post(':idOrReference/note')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a public comment or an internal work note (until the request is closed, rejected or cancelled)' })
  note(
    @Param('idOrReference') idOrReference: string,
    @Body() body: RequestNoteDto,
    @CurrentPrincipal() p: Principal,
    @Headers() h: RequestHeaders,
    @Res({ passthrough: true }) r: FastifyReply,
  ) {
    return this.act(idOrReference, { action: 'note', visibility: body.visibility, text: body.text }, p, h, r);
  }

  private async act(
    idOrReference: string,
    input: RequestActionInput,
    principal: Principal,
    headers: RequestHeaders,
    reply: FastifyReply,
  ): Promise<RequestOutcome> {
    const expectedRevision = expectedRevisionOf(headers['if-match']);
    const id = await this.queries.resolveId(principal.tenantId, idOrReference);
    const outcome = await this.metrics.measure('incidents', `service-request.${input.action}`, () =>
      this.commands.act(id, input, viewerOf(principal), commandContext(principal, headers['x-correlation-id']), expectedRevision),
    );
    reply.header('ETag', etagOf(outcome.revision));
    return outcome;
  }
}

type RequestHeaders = Record<string, string | string[] | undefined>;
