import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** A text field the body must carry, not blank, at most `max` characters. */
export function RequiredText(max: number, api: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ maxLength: max, ...api }), IsString(), IsNotEmpty(), MaxLength(max));
}

/** A text field the body may leave out, at most `max` characters. */
export function OptionalText(max: number, api: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ maxLength: max, ...api }), IsOptional(), IsString(), MaxLength(max));
}
