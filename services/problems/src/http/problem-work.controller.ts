import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import type { ActionInputs } from '../application/problem-actions';
import { ProblemUseCases } from '../application/problem-use-cases';
import { LINKERS, runAction } from './problem-action-route';
import {
  ProblemTaskDto,
  CauseDto,
  CommunicateDto,
  CompleteProblemTaskDto,
  FiveWhysDto,
  IncidentLinkDto,
  KepnerTregoeDto,
  ReviewWorkaroundDto,
  ProblemTimelineEntryDto,
  WorkaroundDto,
} from './problem-actions.dto';
import { RouteRequestOf, type RouteRequest } from './problem-http-context';
import { ProblemReceiptDto } from './problems.dto';

/** Known errors, links to incidents, tasks and root-cause analysis (timeline entries, Kepner-Tregoe, 5 whys). */
@ApiTags('problems')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: ProblemReceiptDto })
@ApiParam({ name: 'idOrReference', description: 'The problem id, or its reference (PRB0001001)', schema: { type: 'string' } })
@Controller('problems/:idOrReference')
export class ProblemWorkController {
  constructor(private readonly useCases: ProblemUseCases) {}

  @Post('record-workaround')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Record (a new version of) the workaround; with a cause it makes a known error' })
  recordWorkaround(@RouteRequestOf() route: RouteRequest, @Body() body: WorkaroundDto) {
    return runAction(this.useCases, route, 'record-workaround', body);
  }

  @Post('record-cause')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Record (a new version of) the root cause' })
  recordCause(@RouteRequestOf() route: RouteRequest, @Body() body: CauseDto) {
    return runAction(this.useCases, route, 'record-cause', body);
  }

  @Post('publish-known-error')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Ask the knowledge service for a known-error article (once per workaround and cause version)' })
  publishKnownError(@RouteRequestOf() route: RouteRequest) {
    return runAction(this.useCases, route, 'publish-known-error', {});
  }

  @Post('review-workaround')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Review the workaround after its uses on incidents' })
  reviewWorkaround(@RouteRequestOf() route: RouteRequest, @Body() body: ReviewWorkaroundDto) {
    return runAction(this.useCases, route, 'review-workaround', body);
  }

  @Post('link-incident')
  @HttpCode(200)
  @Roles(...LINKERS)
  @ApiOperation({ summary: 'Link an incident (id or INC reference); the incidents service hears of it through an event' })
  linkIncident(@RouteRequestOf() route: RouteRequest, @Body() body: IncidentLinkDto) {
    return runAction(this.useCases, route, 'link-incident', body);
  }

  @Post('unlink-incident')
  @HttpCode(200)
  @Roles(...LINKERS)
  @ApiOperation({ summary: 'Unlink an incident' })
  unlinkIncident(@RouteRequestOf() route: RouteRequest, @Body() body: IncidentLinkDto) {
    return runAction(this.useCases, route, 'unlink-incident', body);
  }

  @Post('communicate')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'With a workaround or fix on record: a public comment on every open linked incident (through an event)' })
  communicate(@RouteRequestOf() route: RouteRequest, @Body() body: CommunicateDto) {
    return runAction(this.useCases, route, 'communicate', body);
  }

  @Post('add-task')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Add a problem task (an investigation step with its assignee)' })
  addTask(@RouteRequestOf() route: RouteRequest, @Body() body: ProblemTaskDto) {
    return runAction(this.useCases, route, 'add-task', body);
  }

  @Post('complete-task')
  @HttpCode(200)
  @Roles(...LINKERS)
  @ApiOperation({ summary: 'Complete a task (its assignee or the problem manager)' })
  completeTask(@RouteRequestOf() route: RouteRequest, @Body() body: CompleteProblemTaskDto) {
    return runAction(this.useCases, route, 'complete-task', body);
  }

  @Post('add-timeline-entry')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Add an entry from another source (a log line, a change, a deployment) at the time it happened' })
  addTimelineEntry(@RouteRequestOf() route: RouteRequest, @Body() body: ProblemTimelineEntryDto) {
    return runAction(this.useCases, route, 'add-timeline-entry', body);
  }

  @Post('update-kt')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Save the Kepner-Tregoe worksheet (a new version); the record shows which candidate causes survive' })
  updateKt(@RouteRequestOf() route: RouteRequest, @Body() body: KepnerTregoeDto) {
    return runAction(this.useCases, route, 'update-kt', body as unknown as ActionInputs['update-kt']);
  }

  @Post('update-whys')
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Save the 5 whys (a new version): why, answer, evidence' })
  updateWhys(@RouteRequestOf() route: RouteRequest, @Body() body: FiveWhysDto) {
    return runAction(this.useCases, route, 'update-whys', body);
  }
}
