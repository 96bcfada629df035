import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@deskstream/platform';
import { ProblemUseCases } from '../application/problem-use-cases';
import { runAction } from './problem-action-route';
import { AssessDto, FixPlanDto, MajorReviewDto, MarkDuplicateDto, NotesDto, ReasonDto } from './problem-actions.dto';
import { RouteRequestOf, type RouteRequest } from './problem-http-context';
import { ProblemReceiptDto } from './problems.dto';

/** The problem manager moves the problem through its lifecycle; a move its status does not allow is a 409 listing what is allowed. */
@ApiTags('problems')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client saw; 412 when stale' })
@ApiOkResponse({ type: ProblemReceiptDto })
@Roles('problem-manager')
@ApiParam({ name: 'idOrReference', description: 'The problem id, or its reference (PRB0001001)', schema: { type: 'string' } })
@Controller('problems/:idOrReference')
export class ProblemLifecycleController {
  constructor(private readonly useCases: ProblemUseCases) {}

  @Post('assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'new -> assessed: impact x urgency (priority), category, manager, group' })
  assess(@RouteRequestOf() route: RouteRequest, @Body() body: AssessDto) {
    return runAction(this.useCases, route, 'assess', body);
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an assessed problem as real' })
  confirm(@RouteRequestOf() route: RouteRequest) {
    return runAction(this.useCases, route, 'confirm', {});
  }

  @Post('mark-duplicate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve as a duplicate of the master (code duplicate); the links move to the master' })
  markDuplicate(@RouteRequestOf() route: RouteRequest, @Body() body: MarkDuplicateDto) {
    return runAction(this.useCases, route, 'mark-duplicate', body);
  }

  @Post('cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve an assessed problem with code cancelled' })
  cancel(@RouteRequestOf() route: RouteRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, route, 'cancel', body);
  }

  @Post('start-analysis')
  @HttpCode(200)
  @ApiOperation({ summary: 'assessed (confirmed) -> root-cause-analysis' })
  startAnalysis(@RouteRequestOf() route: RouteRequest) {
    return runAction(this.useCases, route, 'start-analysis', {});
  }

  @Post('start-fix')
  @HttpCode(200)
  @ApiOperation({ summary: 'root-cause-analysis -> fix-in-progress (needs a recorded cause)' })
  startFix(@RouteRequestOf() route: RouteRequest, @Body() body: FixPlanDto) {
    return runAction(this.useCases, route, 'start-fix', body);
  }

  @Post('accept-risk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve without a fix (code risk-accepted)' })
  acceptRisk(@RouteRequestOf() route: RouteRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, route, 'accept-risk', body);
  }

  @Post('resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'fix-in-progress -> resolved (code fix-applied)' })
  resolve(@RouteRequestOf() route: RouteRequest, @Body() body: NotesDto) {
    return runAction(this.useCases, route, 'resolve', body);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: 'resolved -> closed; open problem tasks are cancelled; a major problem needs its review first' })
  close(@RouteRequestOf() route: RouteRequest) {
    return runAction(this.useCases, route, 'close', {});
  }

  @Post('reanalyse')
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to root-cause-analysis (from fix-in-progress, resolved or closed)' })
  reanalyse(@RouteRequestOf() route: RouteRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, route, 'reanalyse', body);
  }

  @Post('flag-major')
  @HttpCode(200)
  @ApiOperation({ summary: 'Flag as a major problem: it is reviewed before closure' })
  flagMajor(@RouteRequestOf() route: RouteRequest, @Body() body: ReasonDto) {
    return runAction(this.useCases, route, 'flag-major', body);
  }

  @Post('review-major')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the major problem review' })
  reviewMajor(@RouteRequestOf() route: RouteRequest, @Body() body: MajorReviewDto) {
    return runAction(this.useCases, route, 'review-major', body);
  }
}
