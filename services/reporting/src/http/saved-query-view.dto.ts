import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiNullableObject, CountParam, PageLimit } from '@deskstream/platform';
import { IsOptional, IsString, Matches } from 'class-validator';
import { BUCKETS, DIMENSIONS } from '../domain/report-query';
import { SCHEDULE_PERIODS } from '../domain/saved-query.decider';

export class ListSavedQueriesQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/)
  cursor?: string;
  @PageLimit(200, 50) limit?: number;
  @CountParam() count?: boolean;
}

export class SavedQuerySpecViewDto {
  @ApiProperty({ type: [String], example: ['volume', 'mttr_hours'] }) metrics!: string[];
  @ApiProperty({ enum: DIMENSIONS, isArray: true }) groupBy!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'Dimension -> the values it matches',
    example: { priority: ['P1'] },
  })
  filters!: Record<string, string[]>;
  @ApiProperty({ enum: BUCKETS, nullable: true }) bucket!: string | null;
}

const SCHEDULE_PROPERTIES = {
  every: { type: 'string', enum: [...SCHEDULE_PERIODS] },
  at: { type: 'string', example: '06:00', description: 'HH:mm UTC' },
  recipients: { type: 'array', items: { type: 'string' } },
};

/** A saved query as every answer shows it: the detail and each line of the list. */
export class SavedQueryViewDto {
  @ApiProperty({ example: 'weekly-p1-backlog' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SavedQuerySpecViewDto }) query!: SavedQuerySpecViewDto;
  @ApiNullableObject(SCHEDULE_PROPERTIES, 'Daily or weekly runs mailing the CSV; null when it is not scheduled')
  schedule!: { every: string; at: string; recipients: string[] } | null;
  @ApiProperty({ type: 'integer', description: 'Periods it has run for' }) runs!: number;
  @ApiProperty({ format: 'date-time', nullable: true, description: 'End of the last period it ran for' }) lastRunFor!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, description: 'When it runs next; null when it has no schedule' }) nextRunAt!: string | null;
}
