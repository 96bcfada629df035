import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { ClassificationRule } from '../domain/classification';
import { TICKET_KINDS, type Level, type TicketKind } from '../domain/intake-levels';
import type { RequestTypeDefinition } from '../domain/request-type.decider';

/** Channels a client of this API may name; email, chat and monitoring arrive through their own doors. */
export const API_CHANNELS = ['portal', 'api', 'phone'] as const;

export class SubmitDto {
  @ApiProperty({ example: 'something-is-broken', description: 'Request type id, from GET /intake/request-types' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/)
  requestType!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The form's fields, validated against the request type's JSON Schema" })
  @IsObject()
  fields!: Record<string, unknown>;

  @ApiPropertyOptional({ enum: API_CHANNELS, description: 'Default portal; phone when recording on behalf of a caller' })
  @IsOptional()
  @IsIn(API_CHANNELS)
  channel?: (typeof API_CHANNELS)[number];

  @ApiPropertyOptional({ description: 'Agents recording a phone or walk-in contact: the caller' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  onBehalfOf?: string;
}

/** A link to another record: its id and the reference people quote. */
export class SubmissionLinkDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'INC0001001', description: "The first submission's ticket" }) reference!: string;
}

export class SubmissionReceiptDto {
  @ApiProperty() submissionId!: string;
  @ApiProperty({ example: 'INC0001001' }) reference!: string;
  @ApiProperty({ enum: ['accepted', 'linked', 'ticketed'] }) status!: string;
  @ApiProperty({ enum: TICKET_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: SubmissionLinkDto, description: 'The first submission, when this one repeats it' })
  duplicateOf!: SubmissionLinkDto | null;
}

export class RequestTypeDefinitionDto implements RequestTypeDefinition {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description!: string;

  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS)
  kind!: TicketKind;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of the fields (type object)' })
  @IsObject()
  form!: Record<string, unknown>;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  group!: string | null;

  @ApiProperty({ minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  impact!: Level;

  @ApiProperty({ minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  urgency!: Level;
}

export class DefineRequestTypeDto extends RequestTypeDefinitionDto {
  @ApiProperty({ example: 'password-reset' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/)
  id!: string;
}

class AlertSettingsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  stormWindowMinutes!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  resolveOnRecovery!: boolean;
}

export class IntakeSettingsDto {
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description:
      'Classification and routing rules, applied in order on every channel (portal, phone, API, email, chat, alerts): ' +
      '{ name, when: { requestType?, channels?, field?, equals?, keywords?, senderDomain?, mailbox?, alertLabel?: { name, equals }, service? }, ' +
      'then: { category?, group?, impact? and urgency? (together), requestType? (forms only) } }. At most 100 rules, 20 keywords a rule, 1000 in all.',
  })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  classificationRules?: ClassificationRule[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  duplicateWindowMinutes?: number;

  @ApiPropertyOptional({ type: AlertSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertSettingsDto)
  alerts?: AlertSettingsDto;
}
