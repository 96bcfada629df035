import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AnyOf, CountParam, PageLimit, SortParam } from '@deskstream/platform';
import { Transform } from 'class-transformer';
import type { OpenIncidentInput } from '../application/incident-actions';
import { INCIDENT_SORT_FIELDS, type IncidentListFilters } from '../application/incident-queries';
import { CHANNELS, type Channel } from '../domain/incident.events';
import { PRIORITIES } from '../domain/priority-matrix';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

export const INCIDENT_STATUSES = ['new', 'assigned', 'in-progress', 'on-hold', 'resolved', 'closed', 'cancelled'];

export class OpenIncidentDto implements OpenIncidentInput {
  @ApiPropertyOptional({
    example: 'requester',
    description: 'User the incident is for; requesters always log for themselves',
    maxLength: MAX_SHORT_TEXT_LENGTH,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  caller?: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @OptionalText(MAX_SHORT_TEXT_LENGTH, { example: 'vpn', description: 'Affected service' })
  service?: string;

  @OptionalText(MAX_SHORT_TEXT_LENGTH)
  configurationItem?: string;

  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'VPN drops every hour' })
  shortDescription!: string;

  @RequiredText(MAX_TEXT_LENGTH, { example: 'Since Monday the VPN disconnects every hour and I lose my session' })
  description!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 3, description: '1 = high' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  impact?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 3, description: '1 = high' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  urgency?: number;

  @OptionalText(MAX_SHORT_TEXT_LENGTH, { description: 'Opening category, as the caller sees the affected service' })
  category?: string;

  @OptionalText(MAX_SHORT_TEXT_LENGTH)
  subcategory?: string;

  @OptionalText(MAX_SHORT_TEXT_LENGTH)
  symptom?: string;
}

export class IncidentReceiptDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'INC0001001' }) reference!: string;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 time: the record as it stood then (not in the future)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class ListIncidentsQueryDto implements IncidentListFilters {
  @AnyOf(INCIDENT_STATUSES)
  status?: string[];

  @AnyOf(undefined, 'Assignment groups, comma-separated')
  group?: string[];

  @AnyOf(undefined, 'Assignees, comma-separated')
  assignee?: string[];

  @AnyOf(PRIORITIES)
  priority?: string[];

  @AnyOf(CHANNELS)
  channel?: string[];

  @AnyOf(undefined, 'Callers, comma-separated')
  caller?: string[];

  @AnyOf(undefined, 'Services, comma-separated')
  service?: string[];

  @ApiPropertyOptional({ description: 'true: major incidents only; false: the others', type: 'boolean' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  major?: boolean;

  @ApiPropertyOptional({ description: 'true: only the queues of the groups the caller is a member of (agents\' "my groups")', type: 'boolean' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  myGroups?: boolean;

  @SortParam(INCIDENT_SORT_FIELDS)
  sort?: string;

  @CountParam()
  count?: boolean;

  @ApiPropertyOptional({ description: 'Text search in short description and description' })
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

  @PageLimit(200, 50)
  limit?: number;
}
