import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AnyOf, CountParam, PageLimit, SortParam } from '@deskstream/platform';
import { REQUEST_SORT_FIELDS } from '../application/service-request-queries';
import { PRIORITIES, type Priority } from '../domain/priority-matrix';
import { MAX_APPROVERS } from '../domain/service-request.rules';
import { SERVICE_REQUEST_STATUSES, type ServiceRequestStatus } from '../domain/service-request.state';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

export class SubmitRequestDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { description: 'The catalog item asked for', example: 'laptop' })
  catalogItem!: string;

  @OptionalText(MAX_TEXT_LENGTH, { example: 'New starter on Monday, needs a developer laptop' })
  description?: string;

  @ApiPropertyOptional({ description: 'User id the request is for; defaults to the caller', example: 'requester' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  requestedFor?: string;

  @ApiPropertyOptional({
    description:
      "Desk only (agent, resolver, tenant-admin): people who must approve this request besides those its catalog item names (GET /service-catalog). A requester's approvers come from the catalog alone. Any one rejection ends the request.",
    type: [String],
    maxItems: MAX_APPROVERS,
    example: ['budget-holder'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_APPROVERS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX_SHORT_TEXT_LENGTH, { each: true })
  approvers?: string[];

  @ApiPropertyOptional({ description: 'Keep as a draft; submit later with POST /requests/{id}/submit', default: false })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

export class ListRequestsQueryDto {
  @AnyOf(SERVICE_REQUEST_STATUSES, 'One or more statuses, comma-separated')
  status?: ServiceRequestStatus[];

  @AnyOf(undefined, 'Catalog items, comma-separated')
  catalogItem?: string[];

  @AnyOf(undefined, 'Users the requests are for, comma-separated. Staff: any user; requesters: only themselves (the default)')
  requestedFor?: string[];

  @AnyOf(undefined, 'Users who raised the requests, comma-separated. Staff: any user; requesters: only themselves, to list what they raised for others')
  requestedBy?: string[];

  @AnyOf(undefined, 'Assignment groups, comma-separated')
  group?: string[];

  @AnyOf(undefined, 'Assignees, comma-separated')
  assignee?: string[];

  @AnyOf(PRIORITIES, 'Priorities, comma-separated')
  priority?: Priority[];

  @ApiPropertyOptional({ description: 'Text search in the catalog item and the description, as on incidents', example: 'developer' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: 'Staff: true for only the requests of the groups the caller is a member of ("my groups")', type: 'boolean' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  myGroups?: boolean;

  @SortParam(REQUEST_SORT_FIELDS)
  sort?: string;

  @CountParam()
  count?: boolean;

  @OptionalText(1000, { description: 'nextCursor of the previous page' })
  cursor?: string;

  @PageLimit(100, 25)
  limit?: number;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'Show the request as it stood at this moment (ISO 8601, not in the future)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class RequestOutcomeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'REQ0001001' }) reference!: string;
  @ApiProperty({ enum: SERVICE_REQUEST_STATUSES }) status!: ServiceRequestStatus;
  @ApiProperty({ description: 'Stream revision; also the ETag to send as If-Match' }) revision!: number;
}
