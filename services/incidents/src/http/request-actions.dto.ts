import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';
import { OptionalText, RequiredText } from './text-fields';

export class ApproveRequestDto {
  @OptionalText(MAX_TEXT_LENGTH, { example: 'Approved within budget' })
  comment?: string;
}

export class ReasonDto {
  @RequiredText(MAX_TEXT_LENGTH, { example: 'Over budget this quarter' })
  reason!: string;
}

export class FulfilmentTaskDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'Image the laptop' })
  title!: string;

  @RequiredText(MAX_SHORT_TEXT_LENGTH, { description: 'User id who does the task', example: 'agent' })
  assignee!: string;

  @ApiPropertyOptional({ example: 'desktop-support' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  assignmentGroup?: string;
}

export class CompleteFulfilmentTaskDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'task-1', description: 'Task id from the request detail' })
  taskId!: string;

  @OptionalText(MAX_TEXT_LENGTH, { example: 'Laptop handed over' })
  notes?: string;
}

export class FulfilRequestDto {
  @OptionalText(MAX_TEXT_LENGTH, { example: 'Delivered to the front desk' })
  notes?: string;
}

/** The group fulfilling the request, and perhaps one of its people (both known to the directory). */
export class AssignRequestDto {
  @RequiredText(MAX_SHORT_TEXT_LENGTH, { example: 'fulfilment' })
  group!: string;

  @ApiPropertyOptional({ example: 'agent' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  assignee?: string;
}

/** Impact and urgency, 1 (high) to 3 (low); the priority follows from the tenant's matrix, as on incidents. */
export class ClassifyRequestDto {
  @ApiProperty({ minimum: 1, maximum: 3, example: 2 }) @IsInt() @Min(1) @Max(3) impact!: number;
  @ApiProperty({ minimum: 1, maximum: 3, example: 2 }) @IsInt() @Min(1) @Max(3) urgency!: number;
}

/** A public comment or an internal work note, as on incidents (requesters add public comments only). */
export class RequestNoteDto {
  @ApiProperty({ enum: ['internal', 'public'], description: 'internal work note (the desk only), or public comment the requester sees' })
  @IsIn(['internal', 'public'])
  visibility!: 'internal' | 'public';

  @RequiredText(MAX_TEXT_LENGTH, { example: 'The laptop ships on Monday' })
  text!: string;
}

/** Actions that take no input still refuse unknown fields, like every other route. */
export class EmptyBodyDto {}
