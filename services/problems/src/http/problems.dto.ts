import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { AnyOf, CountParam, PageLimit, SortParam } from '@deskstream/platform';
import type { RecordProblemInput } from '../application/problem-actions';
import { PROBLEM_SORT_FIELDS, type ProblemListFilters } from '../application/problem-queries';
import { ORIGINS, type Origin } from '../domain/problem.events';
import { PROBLEM_STATUSES } from '../domain/problem.state';
import { PRIORITIES } from '../domain/priority-matrix';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

export class RecordProblemDto implements RecordProblemInput {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'VPN drops every hour for many users' }) shortDescription!: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Forty incidents this week: sessions end after exactly 60 minutes' }) description!: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { example: 'vpn', description: 'Affected service' }) service?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { description: 'Affected configuration item' }) configurationItem?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) category?: string;
  @ApiProperty({ minimum: 1, maximum: 3, description: '1 = high' }) @IsInt() @Min(1) @Max(3) impact!: number;
  @ApiProperty({ minimum: 1, maximum: 3, description: '1 = high' }) @IsInt() @Min(1) @Max(3) urgency!: number;
  @ApiProperty({ enum: ORIGINS }) @IsIn(ORIGINS) origin!: Origin;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) problemManager?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) assignmentGroup?: string;
  @ApiPropertyOptional({ description: 'A major problem is reviewed before it is closed' }) @IsOptional() @IsBoolean() major?: boolean;
  @ApiPropertyOptional({ description: 'Required for a major problem' })
  @ValidateIf((dto: RecordProblemDto) => dto.major === true || dto.majorReason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TEXT_LENGTH)
  majorReason?: string;
  @ApiPropertyOptional({ type: [String], description: 'Incident ids or INC references to link from the start' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  incidents?: string[];
}

export class ProblemReceiptDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'PRB0001001' }) reference!: string;
  @ApiProperty({ enum: PROBLEM_STATUSES }) status!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ description: 'A documented workaround and cause are on record' }) knownError!: boolean;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 time: the record as it stood then (not in the future)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class ListProblemsQueryDto implements ProblemListFilters {
  @AnyOf(PROBLEM_STATUSES) status?: string[];
  @AnyOf(PRIORITIES) priority?: string[];
  @AnyOf(undefined, 'Services, comma-separated') service?: string[];
  @AnyOf(ORIGINS) origin?: string[];
  @ApiPropertyOptional({ description: 'true: known errors only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  knownError?: boolean;
  @ApiPropertyOptional({ description: 'Text search in descriptions, workaround and cause' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  q?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/)
  cursor?: string;
  @SortParam(PROBLEM_SORT_FIELDS) sort?: string;
  @CountParam() count?: boolean;
  @PageLimit(200, 50) limit?: number;
}
