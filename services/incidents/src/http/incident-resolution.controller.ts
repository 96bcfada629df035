import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import { ActionRequestOf, runAction, type ActionRequest } from './incident-action-route';
import { IncidentFeedbackDto, ReasonDto, ResolveDto } from './incident-actions.dto';
import { IncidentReceiptDto } from './incidents.dto';

/** Resolution and closure: resolve, the caller's answer, close, reopen, satisfaction. */
@ApiTags('incidents')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: IncidentReceiptDto })
@Controller('incidents/:idOrReference')
export class IncidentResolutionController {
  constructor(private readonly commands: CommandBus) {}

  @Post('resolve')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Resolve with a closing category and notes; closes by itself after the quiet period' })
  resolve(@ActionRequestOf() request: ActionRequest, @Body() body: ResolveDto) {
    return runAction(this.commands, request, 'resolve', body);
  }

  @Post('accept-resolution')
  @HttpCode(200)
  @Roles('agent', 'resolver', 'requester')
  @ApiOperation({ summary: 'The caller (or an agent for them) accepts the resolution: the incident closes' })
  accept(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.commands, request, 'accept-resolution', {});
  }

  @Post('reject-resolution')
  @HttpCode(200)
  @Roles('agent', 'resolver', 'requester')
  @ApiOperation({ summary: 'The caller rejects the resolution: the incident reopens' })
  reject(@ActionRequestOf() request: ActionRequest, @Body() body: ReasonDto) {
    return runAction(this.commands, request, 'reject-resolution', body);
  }

  @Post('close')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Close a resolved incident (a major incident needs its post-incident review first)' })
  close(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.commands, request, 'close', {});
  }

  @Post('reopen')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: "Reopen a resolved incident, or a closed one within the tenant's reopen window" })
  reopen(@ActionRequestOf() request: ActionRequest, @Body() body: ReasonDto) {
    return runAction(this.commands, request, 'reopen', body);
  }

  @Post('feedback')
  @HttpCode(200)
  @Roles('requester')
  @ApiOperation({ summary: "The caller's satisfaction rating (1..5) and comment, after resolution" })
  feedback(@ActionRequestOf() request: ActionRequest, @Body() body: IncidentFeedbackDto) {
    return runAction(this.commands, request, 'feedback', body);
  }
}
