import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import { IncidentUseCases } from '../application/incident-use-cases';
import { ActionRequestOf, runAction, type ActionRequest } from './incident-action-route';
import { DeclareMajorDto, LinkChildDto, PostIncidentReviewDto, StakeholderUpdateDto } from './incident-actions.dto';
import { IncidentReceiptDto } from './incidents.dto';

/** The major-incident process: declaration, stakeholder updates, child incidents, post-incident review. */
@ApiTags('major incidents')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: IncidentReceiptDto })
@Roles('agent', 'resolver')
@Controller('incidents/:idOrReference')
export class MajorIncidentController {
  constructor(private readonly useCases: IncidentUseCases) {}

  @Post('declare-major')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare a major incident with its manager and the rhythm of stakeholder updates' })
  declare(@ActionRequestOf() request: ActionRequest, @Body() body: DeclareMajorDto) {
    return runAction(this.useCases, request, 'declare-major', body);
  }

  @Post('stakeholder-update')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a stakeholder update; the next one falls due one interval later' })
  update(@ActionRequestOf() request: ActionRequest, @Body() body: StakeholderUpdateDto) {
    return runAction(this.useCases, request, 'stakeholder-update', body);
  }

  @Post('link-child')
  @HttpCode(200)
  @ApiOperation({ summary: 'Link a child incident to this master; it is resolved with it' })
  linkChild(@ActionRequestOf() request: ActionRequest, @Body() body: LinkChildDto) {
    return runAction(this.useCases, request, 'link-child', body);
  }

  @Post('post-incident-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the post-incident review (required before the master closes)' })
  review(@ActionRequestOf() request: ActionRequest, @Body() body: PostIncidentReviewDto) {
    return runAction(this.useCases, request, 'post-incident-review', body);
  }
}
