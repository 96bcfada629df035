import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { HOLD_REASONS, type HoldReason } from '../domain/incident.events';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

/** Bodies of `POST /incidents/{id}/{action}`. Limits mirror the domain's, so bad input is a 400 naming the field. */

export class AssignDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'service-desk' }) group!: string;
  @ApiPropertyOptional({ example: 'agent' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_SHORT_TEXT_LENGTH) assignee?: string;
  @ApiPropertyOptional({ enum: [1, 2, 3] }) @IsOptional() @IsInt() @Min(1) @Max(3) tier?: number;
}

export class HoldDto {
  @ApiProperty({ enum: HOLD_REASONS }) @IsIn(HOLD_REASONS) reason!: HoldReason;
  @ApiPropertyOptional({ description: 'Required when awaiting a third party' })
  @ValidateIf((dto: HoldDto) => dto.reason === 'awaiting-third-party' || dto.thirdParty !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  thirdParty?: string;
}

export class ClassifyDto {
  @ApiProperty({ minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3) impact!: number;
  @ApiProperty({ minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3) urgency!: number;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) category?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) subcategory?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) symptom?: string;
}

export class EscalateDto {
  @ApiProperty({ enum: ['functional', 'hierarchical'] }) @IsIn(['functional', 'hierarchical']) kind!: 'functional' | 'hierarchical';
  @ApiPropertyOptional({ example: 'network', description: 'Group of the next tier (functional)' })
  @ValidateIf((dto: EscalateDto) => dto.kind === 'functional' || dto.group !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  group?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { description: 'Manager to notify (hierarchical)' }) manager?: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Needs the network team: the gateway drops sessions' }) reason!: string;
}

export class NoteDto {
  @ApiProperty({ enum: ['internal', 'public'], description: 'internal work note, or public comment the caller sees' })
  @IsIn(['internal', 'public'])
  visibility!: 'internal' | 'public';
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Reinstalled the VPN client; the caller will confirm tomorrow' }) text!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1440 }) @IsOptional() @IsInt() @Min(0) @Max(1440) minutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() failedAttempt?: boolean;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) knowledgeArticle?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) relatedProblem?: string;
}

export class ReasonDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Raised twice by mistake' }) reason!: string;
}

export class ResolveDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'software', description: "One of the tenant's closing categories" }) closingCategory!: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) resolutionCode?: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Updated the VPN client to 4.2; sessions stay up' }) notes!: string;
}

export class IncidentFeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating!: number;
  @OptionalText(MAX_TEXT_LENGTH, { example: 'Quick and clear, thank you' }) comment?: string;
}

export class DeclareMajorDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'resolver', description: 'The major-incident manager' }) manager!: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Nobody in the company can send mail' }) reason!: string;
  @ApiPropertyOptional({ minimum: 5, maximum: 1440, default: 30 }) @IsOptional() @IsInt() @Min(5) @Max(1440) updateIntervalMinutes?: number;
}

export class StakeholderUpdateDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'all staff' }) audience!: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Mail is back for most users; we are watching the queue' }) message!: string;
}

export class LinkChildDto {
  @RequiredText(100, { example: 'INC0001002', description: 'Id or reference of the child incident' }) child!: string;
}

export class ReviewTimelineEntryDto {
  @ApiProperty() @IsISO8601({ strict: true }) at!: string;
  @RequiredText(MAX_TEXT_LENGTH) entry!: string;
}

export class ReviewActionDto {
  @RequiredText(MAX_TEXT_LENGTH) description!: string;
  @RequiredText(MAX_SHORT_TEXT_LENGTH) owner!: string;
}

export class PostIncidentReviewDto {
  @ApiPropertyOptional({ type: [ReviewTimelineEntryDto] })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReviewTimelineEntryDto)
  timeline?: ReviewTimelineEntryDto[];
  @RequiredText(MAX_TEXT_LENGTH, { example: 'The mail certificate expired unnoticed' }) whatWentWrong!: string;
  @ApiProperty({ type: [ReviewActionDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReviewActionDto)
  actions!: ReviewActionDto[];
}
