import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import { IncidentUseCases } from '../application/incident-use-cases';
import { ActionRequestOf, runAction, type ActionRequest } from './incident-action-route';
import { AssignDto, ClassifyDto, EscalateDto, HoldDto, NoteDto, ReasonDto } from './incident-actions.dto';
import { IncidentReceiptDto } from './incidents.dto';

/** Working an incident: assignment, classification, escalation, hold, notes, cancellation. */
@ApiTags('incidents')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: IncidentReceiptDto })
@Controller('incidents/:idOrReference')
export class IncidentWorkController {
  constructor(private readonly useCases: IncidentUseCases) {}

  @Post('assign')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Assign to a group (and person, tier); a change is counted as a reassignment' })
  assign(@ActionRequestOf() request: ActionRequest, @Body() body: AssignDto) {
    return runAction(this.useCases, request, 'assign', body);
  }

  @Post('start')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Start work (assigned -> in-progress)' })
  start(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.useCases, request, 'start', {});
  }

  @Post('hold')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Put on hold: awaiting the caller, a named third party, or a change' })
  hold(@ActionRequestOf() request: ActionRequest, @Body() body: HoldDto) {
    return runAction(this.useCases, request, 'hold', body);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Resume held work' })
  resume(@ActionRequestOf() request: ActionRequest) {
    return runAction(this.useCases, request, 'resume', {});
  }

  @Post('classify')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: "Classify: impact x urgency gives the priority through the tenant's matrix; changes count as reclassifications" })
  classify(@ActionRequestOf() request: ActionRequest, @Body() body: ClassifyDto) {
    return runAction(this.useCases, request, 'classify', body);
  }

  @Post('escalate')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: "Escalate: functional (next tier's group) or hierarchical (tell the group's manager)" })
  escalate(@ActionRequestOf() request: ActionRequest, @Body() body: EscalateDto) {
    return runAction(this.useCases, request, 'escalate', body);
  }

  @Post('note')
  @HttpCode(200)
  @Roles('agent', 'resolver', 'requester')
  @ApiOperation({ summary: 'Add an internal work note or a public comment, with minutes spent; requesters comment publicly on their own tickets' })
  note(@ActionRequestOf() request: ActionRequest, @Body() body: NoteDto) {
    return runAction(this.useCases, request, 'note', body);
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles('agent', 'resolver')
  @ApiOperation({ summary: 'Cancel an open incident' })
  cancel(@ActionRequestOf() request: ActionRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, request, 'cancel', body);
  }
}
