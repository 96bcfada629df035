import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { ActionInputs } from '../application/problem-actions';
import { KT_DIMENSIONS, type KtDimension } from '../domain/kepner-tregoe.rules';
import { TIMELINE_KINDS, type TimelineKind } from '../domain/problem.events';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

/** Bodies of `POST /problems/{id}/{action}`. Limits mirror the domain's, so bad input is a 400 naming the field. */

export class AssessDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 3 }) @IsOptional() @IsInt() @Min(1) @Max(3) impact?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 3 }) @IsOptional() @IsInt() @Min(1) @Max(3) urgency?: number;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) category?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { example: 'problem-manager' }) problemManager?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH) assignmentGroup?: string;
}

export class ReasonDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Raised twice by mistake' }) reason!: string;
}

export class MarkDuplicateDto {
  @RequiredText(100, { example: 'PRB0001001', description: 'The master problem: id or PRB reference' }) master!: string;
}

export class WorkaroundDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Reconnect the VPN, or use webmail meanwhile' }) workaround!: string;
}

export class CauseDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'The VPN gateway drops sessions idle for 60 minutes' }) cause!: string;
}

export class FixPlanDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Raise the gateway idle timeout and roll out client 4.2' }) plan!: string;
}

export class NotesDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Timeout raised on every gateway; no drops since' }) notes!: string;
}

export class IncidentLinkDto {
  @RequiredText(100, { example: 'INC0001001', description: 'The incident: id or INC reference' }) incident!: string;
}

export class CommunicateDto {
  @RequiredText(MAX_TEXT_LENGTH, {
    example: 'Known error: reconnect the VPN until the fix is out',
    description: 'Public comment for every open linked incident',
  })
  comment!: string;
}

export class ProblemTaskDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'Check the gateway logs' }) title!: string;
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'resolver' }) assignee!: string;
}

export class CompleteProblemTaskDto {
  @RequiredText(100, { example: 'task-1' }) taskId!: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Sessions end at exactly 60 minutes idle' }) outcome!: string;
}

export class ProblemTimelineEntryDto implements Omit<ActionInputs['add-timeline-entry'], never> {
  @ApiProperty({ enum: TIMELINE_KINDS }) @IsIn(TIMELINE_KINDS) kind!: TimelineKind;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Gateway firmware 9.1 deployed' }) text!: string;
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'change CHG0001001', description: 'Where it comes from: a log, a change record, a pipeline' })
  source!: string;
  @ApiProperty({ description: 'When it happened (ISO 8601)' }) @IsISO8601({ strict: true }) happenedAt!: string;
}

export class KtCellDto {
  @OptionalText(MAX_TEXT_LENGTH, { description: 'The observation' }) text?: string;
  @OptionalText(MAX_SHORT_TEXT_LENGTH, { description: 'n/a, with the reason' }) notApplicable?: string;
  @ApiPropertyOptional({ description: 'true: still to be found out' }) @IsOptional() @IsBoolean() needsData?: true;
}

export class KtRowDto {
  @ApiProperty({ enum: KT_DIMENSIONS }) @IsIn(KT_DIMENSIONS) dimension!: KtDimension;
  @ApiProperty({ type: KtCellDto }) @ValidateNested() @Type(() => KtCellDto) is!: KtCellDto;
  @ApiProperty({ type: KtCellDto }) @ValidateNested() @Type(() => KtCellDto) isNot!: KtCellDto;
  @ApiProperty({ type: KtCellDto }) @ValidateNested() @Type(() => KtCellDto) distinctions!: KtCellDto;
  @ApiProperty({ type: KtCellDto }) @ValidateNested() @Type(() => KtCellDto) changes!: KtCellDto;
}

export class KtTestDto {
  @ApiProperty({ enum: KT_DIMENSIONS }) @IsIn(KT_DIMENSIONS) dimension!: KtDimension;
  @ApiPropertyOptional({ description: 'Does the cause explain the IS? Leave out while untested' }) @IsOptional() @IsBoolean() explainsIs?: boolean | null;
  @ApiPropertyOptional({ description: 'Does it explain why the IS NOT is not affected?' }) @IsOptional() @IsBoolean() explainsIsNot?: boolean | null;
}

export class KtCauseDto {
  @RequiredText(50) causeId!: string;
  @RequiredText(MAX_TEXT_LENGTH) description!: string;
  @ApiProperty({ type: [KtTestDto] }) @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => KtTestDto) tests!: KtTestDto[];
}

export class KepnerTregoeDto {
  @ApiProperty({ type: [KtRowDto], description: 'What / Where / When / Extent, one row each' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => KtRowDto)
  rows!: KtRowDto[];
  @ApiProperty({ type: [KtCauseDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => KtCauseDto) causes!: KtCauseDto[];
}

export class WhyStepDto {
  @RequiredText(MAX_TEXT_LENGTH) why!: string;
  @RequiredText(MAX_TEXT_LENGTH) answer!: string;
  @OptionalText(MAX_TEXT_LENGTH) evidence?: string;
}

export class FiveWhysDto {
  @ApiProperty({ type: [WhyStepDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WhyStepDto)
  steps!: WhyStepDto[];
}

export class ReviewWorkaroundDto {
  @ApiProperty({ description: 'Is the workaround still effective?' }) @IsBoolean() effective!: boolean;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Worked for INC0001002' }) note!: string;
}

export class MajorReviewDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Idle timeout set too low on the new gateways' }) summary!: string;
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Load-test session lifetimes before a gateway change' }) lessons!: string;
}
