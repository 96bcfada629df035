import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ApiPageResponse, CurrentPrincipal, PageLimit, Roles, type Principal } from '@deskstream/platform';
import { CandidateUseCases } from '../application/candidate-use-cases';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { ProblemCandidateDto } from './candidate-line.dto';
import { READERS } from './problem-action-route';
import { etagOf, RouteRequestOf, type RouteRequest } from './problem-http-context';
import { OptionalText, RequiredText } from './text-fields';

const CANDIDATE_STATUSES = ['open', 'snoozed', 'promoted', 'dismissed'];

export class ListCandidatesQueryDto {
  @ApiPropertyOptional({ enum: CANDIDATE_STATUSES }) @IsOptional() @IsIn(CANDIDATE_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/) cursor?: string;
  @PageLimit(200, 50) limit?: number;
}

export class PromoteCandidateDto {
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { description: 'Defaults to why the candidate was raised' }) shortDescription?: string;
  @OptionalText(MAX_TEXT_LENGTH) description?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 3, default: 2 }) @IsOptional() @IsInt() @Min(1) @Max(3) impact?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 3, default: 2 }) @IsOptional() @IsInt() @Min(1) @Max(3) urgency?: number;
}

export class DismissCandidateDto {
  @RequiredText(MAX_TEXT_LENGTH) reason!: string;
  @ApiPropertyOptional({ description: 'Snooze until this time instead of dismissing for good' })
  @IsOptional()
  @IsISO8601({ strict: true })
  snoozeUntil?: string;
}

/** Problem candidates found from incident trends as they happen; the problem manager promotes, dismisses or snoozes them. */
@ApiTags('problem candidates')
@Controller('problems/candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidateUseCases) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Candidates, newest first: why each was raised and the incidents that triggered it' })
  @ApiPageResponse(ProblemCandidateDto)
  list(@Query() query: ListCandidatesQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.candidates.list(principal, query.status, query.cursor, query.limit);
  }

  @Post(':candidateId/promote')
  @ApiParam({ name: 'candidateId', description: 'The problem candidate id', schema: { type: 'string' } })
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Promote to a problem (origin incident-trend or major-incident); the incidents stay linked' })
  async promote(@RouteRequestOf('candidateId') route: RouteRequest, @Body() body: PromoteCandidateDto) {
    const receipt = await this.candidates.promote(route.context, route.param, body);
    route.reply.header('Location', `/api/v1/problems/${receipt.id}`).header('ETag', etagOf(receipt.revision));
    return receipt;
  }

  @Post(':candidateId/dismiss')
  @ApiParam({ name: 'candidateId', description: 'The problem candidate id', schema: { type: 'string' } })
  @HttpCode(200)
  @Roles('problem-manager')
  @ApiOperation({ summary: 'Dismiss with a reason, or snooze with a reason until a time (`snoozeUntil`)' })
  dismiss(@RouteRequestOf('candidateId') route: RouteRequest, @Body() body: DismissCandidateDto) {
    return body.snoozeUntil
      ? this.candidates.snooze(route.context, route.param, body.reason, body.snoozeUntil)
      : this.candidates.dismiss(route.context, route.param, body.reason);
  }
}
