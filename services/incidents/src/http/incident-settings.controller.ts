import { Body, Controller, Get, Headers, Inject, Put, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CLOCK, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import type { Clock, SettingsWrite } from '@deskstream/kernel';
import { IncidentSettingsRepository } from '../application/incident-settings.repository';
import { REASSIGNMENT_COUNTINGS, type IncidentSettings, type ReassignmentCounting } from '../domain/incident-settings';
import { PRIORITIES, type Priority, type PriorityMatrix } from '../domain/priority-matrix';
import { MAX_SHORT_TEXT_LENGTH } from '../domain/text.rules';
import { expectedRevisionOf, requestContextOf } from './incident-http-context';

export class MajorIncidentRuleDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MAX_SHORT_TEXT_LENGTH) name!: string;
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @IsIn(PRIORITIES) priority?: Priority;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(MAX_SHORT_TEXT_LENGTH) service?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(MAX_SHORT_TEXT_LENGTH) manager?: string;
}

/** A partial change: fields left out keep their current value. */
export class ChangeIncidentSettingsDto {
  @ApiPropertyOptional({
    description: '3 rows (impact 1..3) of 3 priorities (urgency 1..3)',
    type: 'array',
    items: { type: 'array', items: { type: 'string', enum: [...PRIORITIES] }, minItems: 3, maxItems: 3 },
    minItems: 3,
    maxItems: 3,
    example: [
      ['P1', 'P2', 'P3'],
      ['P2', 'P3', 'P4'],
      ['P3', 'P4', 'P5'],
    ],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @IsArray({ each: true })
  priorityMatrix?: Priority[][];

  @ApiPropertyOptional({ minimum: 0, maximum: 365 }) @IsOptional() @IsInt() @Min(0) @Max(365) reopenWindowDays?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 365 }) @IsOptional() @IsInt() @Min(0) @Max(365) quietPeriodDays?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(MAX_SHORT_TEXT_LENGTH, { each: true })
  closingCategories?: string[];

  @ApiPropertyOptional({ type: [MajorIncidentRuleDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MajorIncidentRuleDto)
  majorIncidentRules?: MajorIncidentRuleDto[];

  @ApiPropertyOptional({ enum: REASSIGNMENT_COUNTINGS, description: 'whether a change of assignee alone counts as a reassignment' })
  @IsOptional()
  @IsIn(REASSIGNMENT_COUNTINGS)
  reassignmentCounting?: ReassignmentCounting;
}

/** The tenant's incident settings: priority matrix, reopen window, quiet period, closing categories, major-incident rules. */
@ApiTags('incident settings')
@Controller('incident-settings')
export class IncidentSettingsController {
  constructor(
    private readonly settings: IncidentSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('agent', 'resolver', 'tenant-admin')
  @ApiOperation({ summary: "The tenant's incident settings (defaults until changed)" })
  get(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(principal.tenantId);
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read' })
  @ApiOkResponse({ description: 'The settings now in force' })
  replace(
    @Body() body: ChangeIncidentSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('replace', body, principal, ifMatch, correlationId);
  }

  @Patch()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read' })
  @ApiOkResponse({ description: 'The settings now in force' })
  merge(
    @Body() body: ChangeIncidentSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('merge', body, principal, ifMatch, correlationId);
  }

  private write(write: SettingsWrite, body: ChangeIncidentSettingsDto, principal: Principal, ifMatch: string | undefined, correlationId: string | undefined) {
    const { principal: _p, ...context } = requestContextOf(principal, correlationId);
    const { priorityMatrix, ...rest } = body;
    // The domain checks the matrix's shape (3 x 3 of P1..P5) and names the field when it is wrong.
    const change: Partial<IncidentSettings> = { ...rest, ...(priorityMatrix ? { priorityMatrix: priorityMatrix as unknown as PriorityMatrix } : {}) };
    return this.settings.change(
      { tenantId: principal.tenantId, actor: principal.userId, ...context },
      change,
      this.clock.now().toISOString(),
      expectedRevisionOf(ifMatch),
      write,
    );
  }
}
