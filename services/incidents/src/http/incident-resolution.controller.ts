import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import { IncidentUseCases } from '../application/incident-use-cases';
import { ActionRequestOf, runAction, type ActionRequest } from './incident-action-route';
import { IncidentFeedbackDto, ReasonDto, ResolveDto } from './incident-actions.dto';
import { IncidentReceiptDto } from './incidents.dto';

/** Resolution and closure: resolve, the caller's answer, close, reopen, satisfaction. */
@ApiTags('incidents')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: IncidentReceiptDto })
@Controller('incidents/:idOrReference')
export class IncidentResolutionController {
  constructor(private readonly useCases: IncidentUseCases) {}

  @Post('resolve')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Resolve with a closing category and notes; closes by itself after the quiet period' })
  resolve(@ActionRequestOf() request: ActionRequest, @Body() body: ResolveDto) {
    return runAction(this.useCases, request, 'resolve', body);
  }

  @Post('accept-resolution')
  @HttpCode(200)
  @Roles('agent', 'resolver', 'requester')
  @ApiOperation({ summary: 'The caller (or an agent for them) accepts the resolution: the incident closes' })
  accept(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.useCases, request, 'accept-resolution', {});
  }

  @Post('reject-resolution')
  @HttpCode(200)
  @Roles('agent', 'resolver', 'requester')
  @ApiOperation({ summary: 'The caller rejects the resolution: the incident reopens' })
  reject(@ActionRequestOf() request: ActionRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, request, 'reject-resolution', body);
  }

  @Post('close')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Close a resolved incident (a major incident needs its post-incident review first)' })
  close(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.useCases, request, 'close', {});
  }

  @Post('reopen')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: "Reopen a resolved incident, or a closed one within the tenant's reopen window" })
  reopen(@ActionRequestOf() request: ActionRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, request, 'reopen', body);
  }

  @Post('feedback')
  @HttpCode(200)
  @Roles('requester')
  @ApiOperation({ summary: "The caller's satisfaction rating (1..5) and comment, after resolution" })
  feedback(@ActionRequestOf() request: ActionRequest, @Body() body: IncidentFeedbackDto) {
    return runAction(this.useCases, request, 'feedback', body);
  }
}
