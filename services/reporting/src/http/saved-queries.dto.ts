import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BUCKETS, DIMENSIONS } from '../domain/report-query';
import { SCHEDULE_PERIODS, type SchedulePeriod } from '../domain/saved-query.decider';
import { KPI_DESCRIPTION } from './reporting.dto';

const TEXT = 200;
export const SAVED_QUERY_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export class QueryScheduleDto {
  @ApiProperty({ enum: SCHEDULE_PERIODS, description: 'daily, or weekly on Mondays' }) @IsIn(SCHEDULE_PERIODS) every!: SchedulePeriod;
  @ApiPropertyOptional({ default: '06:00', description: 'Time of day the run fires, HH:mm UTC; each run covers the day or week before it' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  at?: string;
  @ApiProperty({ type: [String], description: 'Directory user ids or mail addresses the CSV is mailed to' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT, { each: true })
  recipients!: string[];
}

export class SavedQueryBodyDto {
  @ApiProperty({ maxLength: TEXT }) @IsString() @IsNotEmpty() @MaxLength(TEXT) name!: string;
  @ApiProperty({ description: `KPIs, as in POST /reporting/query:\n${KPI_DESCRIPTION}`, type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @IsString({ each: true })
  metrics!: string[];
  @ApiPropertyOptional({ enum: DIMENSIONS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) groupBy?: string[];
  @ApiPropertyOptional({ description: 'Dimension -> value or list of values' }) @IsOptional() @IsObject() filters?: Record<string, unknown>;
  @ApiPropertyOptional({ enum: BUCKETS }) @IsOptional() @IsIn(BUCKETS) bucket?: (typeof BUCKETS)[number];
  @ApiPropertyOptional({ type: QueryScheduleDto, description: 'Run it daily or weekly and mail its CSV through the notification path' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QueryScheduleDto)
  schedule?: QueryScheduleDto;
}

export class SaveSavedQueryDto extends SavedQueryBodyDto {
  @ApiProperty({ example: 'weekly-p1-backlog' }) @IsString() @Matches(SAVED_QUERY_ID) id!: string;
}
