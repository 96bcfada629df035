import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CYCLE_RULES,
  ESCALATION_RECIPIENTS,
  SLA_TARGETS,
  SLA_TYPES,
  type CycleRule,
  type EscalationRecipient,
  type SlaTarget,
  type SlaType,
} from '../domain/sla-definition.model';
import {
  DEADLINE_FIELDS,
  HOLD_REASONS,
  RESPONSE_SIGNALS,
  SIGNALS,
  TICKET_STATUSES,
  type DeadlineField,
  type HoldReason,
  type ResponseSignal,
  type Signal,
  type TicketStatus,
} from '../domain/ticket-facts';
import { CALENDAR_ID } from './calendars.dto';

const TEXT = 200;
const List = (values?: readonly string[]): PropertyDecorator => {
  const decorators = [IsOptional(), IsArray(), ArrayMaxSize(100), IsString({ each: true }), MaxLength(TEXT, { each: true })];
  if (values) decorators.push(IsIn(values, { each: true }));
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
};

export class TicketConditionDto {
  @ApiPropertyOptional({ enum: TICKET_STATUSES, isArray: true }) @List(TICKET_STATUSES) status?: TicketStatus[];
  @ApiPropertyOptional({ enum: HOLD_REASONS, isArray: true }) @List(HOLD_REASONS) holdReason?: HoldReason[];
  @ApiPropertyOptional({ type: [String] }) @List() priority?: string[];
  @ApiPropertyOptional({ type: [String] }) @List() group?: string[];
  @ApiPropertyOptional({ type: [String] }) @List() thirdParty?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() groupAssigned?: boolean;
}

export class ResetConditionDto extends TicketConditionDto {
  @ApiPropertyOptional({ enum: SIGNALS, isArray: true, description: 'The changes the reset fires on' }) @List(SIGNALS) on?: Signal[];
}

export class ClockConditionsDto {
  @ApiProperty({ type: TicketConditionDto, description: '{} starts with the ticket' })
  @ValidateNested()
  @Type(() => TicketConditionDto)
  start!: TicketConditionDto;
  @ApiPropertyOptional({ type: TicketConditionDto }) @IsOptional() @ValidateNested() @Type(() => TicketConditionDto) pause?: TicketConditionDto;
  @ApiPropertyOptional({ type: TicketConditionDto, description: 'When a paused clock runs again; without it, as soon as pause no longer holds' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TicketConditionDto)
  resume?: TicketConditionDto;
  @ApiPropertyOptional({ type: TicketConditionDto }) @IsOptional() @ValidateNested() @Type(() => TicketConditionDto) stop?: TicketConditionDto;
  @ApiPropertyOptional({ type: TicketConditionDto }) @IsOptional() @ValidateNested() @Type(() => TicketConditionDto) cancel?: TicketConditionDto;
  @ApiPropertyOptional({
    type: ResetConditionDto,
    description:
      'When the clock restarts (a new cycle): on the changes in `on` (an OLA: group-changed) where the other facts hold; without `on`, when they come to hold',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResetConditionDto)
  reset?: ResetConditionDto;
}

export class ApplicabilityDto {
  @ApiProperty({ enum: ['incident', 'service-request'] }) @IsIn(['incident', 'service-request']) kind!: 'incident' | 'service-request';
  @ApiPropertyOptional({ type: [String] }) @List() priorities?: string[];
  @ApiPropertyOptional({ type: [String] }) @List() services?: string[];
  @ApiPropertyOptional({ type: [String] }) @List() categories?: string[];
}

export class EscalationDto {
  @ApiProperty({ enum: ESCALATION_RECIPIENTS, isArray: true }) @IsArray() @IsIn(ESCALATION_RECIPIENTS, { each: true }) notify!: EscalationRecipient[];
  @ApiProperty({ minimum: 1, description: 'Working minutes between reminders' }) @IsInt() @Min(1) @Max(100_000) repeatEveryMinutes!: number;
  @ApiPropertyOptional({ description: 'Manager by group, `*` for any other group', example: { '*': 'service-owner' } })
  @IsOptional()
  @IsObject()
  managers?: Record<string, string>;
}

export class DefinitionBodyDto {
  @ApiProperty({ maxLength: TEXT }) @IsString() @IsNotEmpty() @MaxLength(TEXT) name!: string;
  @ApiProperty({ enum: SLA_TYPES }) @IsIn(SLA_TYPES) type!: SlaType;
  @ApiProperty({ enum: SLA_TARGETS }) @IsIn(SLA_TARGETS) target!: SlaTarget;
  @ApiProperty({ type: ApplicabilityDto }) @ValidateNested() @Type(() => ApplicabilityDto) appliesTo!: ApplicabilityDto;
  @ApiPropertyOptional({ minimum: 1, description: 'Working minutes of the calendar (or give deadlineField)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  durationMinutes?: number;
  @ApiPropertyOptional({
    enum: DEADLINE_FIELDS,
    description: "Instead of a duration: the ticket field holding the due instant (nextUpdateDueAt: a major incident's next stakeholder update)",
  })
  @IsOptional()
  @IsIn(DEADLINE_FIELDS)
  deadlineField?: DeadlineField;
  @ApiProperty({ example: 'business-hours' }) @IsString() @Matches(CALENDAR_ID) calendar!: string;
  @ApiPropertyOptional({ type: [Number], default: [50, 75] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsNumber({}, { each: true }) warnings?: number[];
  @ApiProperty({ type: ClockConditionsDto }) @ValidateNested() @Type(() => ClockConditionsDto) conditions!: ClockConditionsDto;
  @ApiPropertyOptional({ enum: RESPONSE_SIGNALS, isArray: true, default: ['public-comment', 'assigned'] })
  @List(RESPONSE_SIGNALS)
  responseBy?: ResponseSignal[];
  @ApiPropertyOptional({ enum: CYCLE_RULES, default: 'sum', description: 'How the cycles of a reopened ticket count' })
  @IsOptional()
  @IsIn(CYCLE_RULES)
  cycles?: CycleRule;
  @ApiPropertyOptional({ type: EscalationDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => EscalationDto) escalation?: EscalationDto;
}

export class SaveDefinitionDto extends DefinitionBodyDto {
  @ApiProperty({ example: 'p2-resolution' }) @IsString() @Matches(CALENDAR_ID) id!: string;
}
