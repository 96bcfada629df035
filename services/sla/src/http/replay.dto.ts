import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SaveDefinitionDto } from './definitions.dto';

export class WhatIfDto {
  @ApiProperty({ type: [SaveDefinitionDto], description: 'Proposed definitions (an existing id is compared with its clocks)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SaveDefinitionDto)
  definitions!: SaveDefinitionDto[];
  @ApiProperty({ description: 'Tickets opened from (inclusive)' }) @IsISO8601({ strict: true }) from!: string;
  @ApiProperty({ description: 'Tickets opened before (exclusive)' }) @IsISO8601({ strict: true }) to!: string;
}

export class RepairDto {
  @ApiProperty({ description: 'Recorded on every recomputed clock', maxLength: 500 }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
  @ApiPropertyOptional({ default: false, description: 'Recompute closed tickets too' }) @IsOptional() @IsBoolean() includeClosed?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Only these ticket ids (default: every ticket of the tenant)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tickets?: string[];
}
