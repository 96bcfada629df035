import { Body, Controller, Get, Headers, Inject, Put, Patch } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { Clock, SettingsWrite } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ProblemSettingsRepository } from '../application/problem-settings.repository';
import { TREND_DIMENSIONS, type ProblemSettings, type TrendDimension } from '../domain/problem-settings';
import type { Priority, PriorityMatrix } from '../domain/priority-matrix';
import { expectedRevisionOf, requestContextOf } from './problem-http-context';

export class TrendRuleDto {
  @ApiPropertyOptional({ description: 'Window in minutes (default 1440: 24 hours)' }) @IsOptional() @IsInt() @Min(1) windowMinutes?: number;
  @ApiPropertyOptional({ description: 'Incidents within the window that raise a candidate (default 5)' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(1000)
  threshold?: number;
  @ApiPropertyOptional({ enum: TREND_DIMENSIONS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(TREND_DIMENSIONS, { each: true })
  dimensions?: TrendDimension[];
  @ApiPropertyOptional({ description: 'Minimum share of common words in short descriptions (0..1), or null' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1)
  similarity?: number | null;
}

export class ChangeProblemSettingsDto {
  @ApiPropertyOptional({ description: '3 rows (impact 1..3) of 3 priorities (urgency 1..3)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @IsArray({ each: true })
  priorityMatrix?: Priority[][];
  @ApiPropertyOptional({ type: TrendRuleDto }) @IsOptional() @ValidateNested() @Type(() => TrendRuleDto) trend?: TrendRuleDto;
}

/** The tenant's problem settings: priority matrix and the trend-detection rule. */
@ApiTags('problem settings')
@Controller('problem-settings')
export class ProblemSettingsController {
  constructor(
    private readonly settings: ProblemSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('problem-manager', 'tenant-admin')
  @ApiOperation({ summary: "The tenant's problem settings (defaults until changed)" })
  get(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(principal.tenantId);
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read' })
  replace(
    @Body() body: ChangeProblemSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('replace', body, principal, ifMatch, correlationId);
  }

  @Patch()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read' })
  merge(
    @Body() body: ChangeProblemSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('merge', body, principal, ifMatch, correlationId);
  }

  private write(write: SettingsWrite, body: ChangeProblemSettingsDto, principal: Principal, ifMatch: string | undefined, correlationId: string | undefined) {
    const { correlationId: id } = requestContextOf(principal, correlationId);
    const change = {
      ...(body.priorityMatrix ? { priorityMatrix: body.priorityMatrix as unknown as PriorityMatrix } : {}),
      ...(body.trend ? { trend: body.trend as ProblemSettings['trend'] } : {}),
    };
    return this.settings.change(
      { tenantId: principal.tenantId, actor: principal.userId, correlationId: id },
      change,
      this.clock.now().toISOString(),
      expectedRevisionOf(ifMatch),
      write,
    );
  }
}
