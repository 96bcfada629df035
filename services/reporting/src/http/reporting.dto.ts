import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageLimit } from '@deskstream/platform';
import { KPIS } from '../domain/kpis';
import { BUCKETS, DIMENSIONS } from '../domain/report-query';
import { WEEKDAYS } from '../domain/reporting-settings';

const TEXT = 200;
const ISO = { strict: true, strictSeparator: true } as const;

export class ListTicketFactsQueryDto {
  @ApiPropertyOptional({ enum: ['incident', 'request'] }) @IsOptional() @IsIn(['incident', 'request']) kind?: string;
  @ApiPropertyOptional({ enum: ['new', 'assigned', 'on-hold', 'resolved', 'closed', 'cancelled'] })
  @IsOptional()
  @IsIn(['new', 'assigned', 'on-hold', 'resolved', 'closed', 'cancelled'])
  status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(TEXT) priority?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(TEXT) channel?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(TEXT) service?: string;
  @ApiPropertyOptional({ description: 'Current assignment group' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(TEXT) group?: string;
  @ApiPropertyOptional({ description: 'Opened at or after (ISO 8601)' }) @IsOptional() @IsISO8601(ISO) openedFrom?: string;
  @ApiPropertyOptional({ description: 'Opened before (ISO 8601)' }) @IsOptional() @IsISO8601(ISO) openedTo?: string;
  @ApiPropertyOptional({ description: 'Resolved at or after (ISO 8601)' }) @IsOptional() @IsISO8601(ISO) resolvedFrom?: string;
  @ApiPropertyOptional({ description: 'Resolved before (ISO 8601)' }) @IsOptional() @IsISO8601(ISO) resolvedTo?: string;
  @ApiPropertyOptional({
    enum: ['json', 'csv', 'arrow'],
    description: 'csv (or Accept: text/csv) streams every matching fact as CSV, arrow as an Arrow IPC stream',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'arrow'])
  format?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/)
  cursor?: string;
  @PageLimit(500, 100) limit?: number;
}

export const KPI_DESCRIPTION = KPIS.map((kpi) => `- \`${kpi.name}\`: ${kpi.definition}`).join('\n');

export class ReportQueryDto {
  @ApiProperty({ description: `KPIs, each named as in the answer's columns:\n${KPI_DESCRIPTION}`, enum: KPIS.map((k) => k.name), isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @IsString({ each: true })
  metrics!: string[];
  @ApiPropertyOptional({ enum: DIMENSIONS, isArray: true, description: '`tenant` only in the enterprise scope' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  groupBy?: string[];
  @ApiPropertyOptional({ description: 'Dimension -> value or list of values, e.g. {"priority": ["P1","P2"]}' })
  @IsOptional()
  @IsObject()
  filters?: Record<string, unknown>;
  @ApiProperty({ description: 'Start of the range, inclusive (ISO 8601)' }) @IsISO8601(ISO) from!: string;
  @ApiProperty({ description: 'End of the range, exclusive (ISO 8601)' }) @IsISO8601(ISO) to!: string;
  @ApiPropertyOptional({ enum: BUCKETS, description: 'Buckets in UTC; weeks start on Monday' }) @IsOptional() @IsIn(BUCKETS) bucket?: (typeof BUCKETS)[number];
  @ApiPropertyOptional({ description: 'Every ticket as it stood at this instant: dimensions, milestones, backlog' })
  @IsOptional()
  @IsISO8601(ISO)
  asOf?: string;
  @ApiPropertyOptional({ enum: ['tenant', 'enterprise'], description: 'enterprise: across opted-in tenants, grouped by tenant (enterprise-analyst grant)' })
  @IsOptional()
  @IsIn(['tenant', 'enterprise'])
  scope?: 'tenant' | 'enterprise';
}

export class QueryFormatDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'arrow'] }) @IsOptional() @IsIn(['json', 'csv', 'arrow']) format?: string;
}

export class WorkingHoursDto {
  @ApiProperty({ enum: WEEKDAYS }) @IsIn(WEEKDAYS) day!: (typeof WEEKDAYS)[number];
  @ApiProperty({ example: '08:00' }) @IsString() @MaxLength(5) from!: string;
  @ApiProperty({ example: '20:00' }) @IsString() @MaxLength(5) to!: string;
}

export class ReportingCalendarDto {
  @ApiProperty({ example: 'Europe/Berlin' }) @IsString() @IsTimeZone() timeZone!: string;
  @ApiProperty({ type: [WorkingHoursDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WorkingHoursDto)
  weekly!: WorkingHoursDto[];
  @ApiProperty({ description: 'Local dates YYYY-MM-DD' }) @IsArray() @ArrayMaxSize(1000) @IsString({ each: true }) holidays!: string[];
}

export class ChangeReportingSettingsDto {
  @ApiPropertyOptional({ description: 'Take part in the enterprise (business-unit) comparison' }) @IsOptional() @IsBoolean() enterpriseReporting?: boolean;
  @ApiPropertyOptional({ type: ReportingCalendarDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportingCalendarDto)
  calendar?: ReportingCalendarDto;
  @ApiPropertyOptional({ description: 'Hourly rate by assignment group' }) @IsOptional() @IsObject() hourlyRates?: Record<string, number>;
  @ApiPropertyOptional({ format: 'double', description: "Per hour, in the tenant's currency" }) @IsOptional() @IsNumber() @Min(0) defaultHourlyRate?: number;
}
