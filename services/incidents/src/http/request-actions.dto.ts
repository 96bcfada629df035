import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/service-request.rules';

export class ApproveRequestDto {
  @ApiPropertyOptional({ maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  comment?: string;
}

export class ReasonDto {
  @ApiProperty({ maxLength: MAX_TEXT_LENGTH, example: 'Over budget this quarter' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TEXT_LENGTH)
  reason!: string;
}

export class AddTaskDto {
  @ApiProperty({ maxLength: MAX_SHORT_TEXT_LENGTH, example: 'Image the laptop' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  title!: string;

  @ApiProperty({ description: 'User id who does the task', example: 'agent' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  assignee!: string;

  @ApiPropertyOptional({ example: 'desktop-support' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  assignmentGroup?: string;
}

export class CompleteTaskDto {
  @ApiProperty({ description: 'Task id from the request detail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  taskId!: string;

  @ApiPropertyOptional({ maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  notes?: string;
}

export class FulfilRequestDto {
  @ApiPropertyOptional({ maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  notes?: string;
}

/** Actions that take no input still refuse unknown fields, like every other route. */
export class EmptyBodyDto {}
