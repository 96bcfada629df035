import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { WEEKDAYS, type Weekday } from '../domain/calendar.model';

export const CALENDAR_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const NAME_LENGTH = 200;

export class WeeklyHoursDto {
  @ApiProperty({ enum: WEEKDAYS }) @IsIn(WEEKDAYS) day!: Weekday;
  @ApiProperty({ example: '09:00' }) @IsString() @Matches(/^\d{2}:\d{2}$/) from!: string;
  @ApiProperty({ example: '18:00', description: '24:00 ends at midnight' }) @IsString() @Matches(/^\d{2}:\d{2}$/) to!: string;
}

/** A whole local day (`date`) or an interval (`from`, `to`). */
export class HolidayDto {
  @ApiProperty({ maxLength: NAME_LENGTH }) @IsString() @IsNotEmpty() @MaxLength(NAME_LENGTH) name!: string;
  @ApiPropertyOptional({ example: '2026-12-25' })
  @ValidateIf((h: HolidayDto) => h.from === undefined && h.to === undefined)
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date?: string;
  @ApiPropertyOptional() @ValidateIf((h: HolidayDto) => h.date === undefined) @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional() @ValidateIf((h: HolidayDto) => h.date === undefined) @IsISO8601({ strict: true }) to?: string;
}

export class CalendarBodyDto {
  @ApiProperty({ maxLength: NAME_LENGTH }) @IsString() @IsNotEmpty() @MaxLength(NAME_LENGTH) name!: string;
  @ApiProperty({ example: 'Europe/Berlin' }) @IsString() @IsNotEmpty() @MaxLength(64) timeZone!: string;

  @ApiProperty({ type: [WeeklyHoursDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  weekly!: WeeklyHoursDto[];

  @ApiPropertyOptional({ type: [HolidayDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays?: HolidayDto[];

  @ApiPropertyOptional({ type: [String], description: 'Calendars whose holidays apply here too' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(CALENDAR_ID, { each: true })
  includes?: string[];
}

export class DefineCalendarDto extends CalendarBodyDto {
  @ApiProperty({ example: 'berlin-office' }) @IsString() @Matches(CALENDAR_ID) id!: string;
}

export class AddHolidaysDto {
  @ApiProperty({ type: [HolidayDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays!: HolidayDto[];
}

export class DueQueryDto {
  @ApiProperty({ description: 'ISO 8601 instant' }) @IsISO8601({ strict: true }) from!: string;
  @ApiProperty({ minimum: 0 }) @Type(() => Number) @IsInt() @Min(0) @Max(10_000_000) minutes!: number;
}

export class ElapsedQueryDto {
  @ApiProperty({ description: 'ISO 8601 instant' }) @IsISO8601({ strict: true }) from!: string;
  @ApiProperty({ description: 'ISO 8601 instant' }) @IsISO8601({ strict: true }) to!: string;
}
