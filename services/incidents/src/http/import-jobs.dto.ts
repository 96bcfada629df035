import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsJSON, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export const IMPORT_SOURCES = ['servicenow', 'eventlog'] as const;

/** The form fields sent with the uploaded file (multipart/form-data); the file part comes last. */
export class ImportJobFieldsDto {
  @ApiProperty({ enum: IMPORT_SOURCES }) @IsIn(IMPORT_SOURCES) source!: (typeof IMPORT_SOURCES)[number];

  @ApiPropertyOptional({ description: 'Display format of dates (luxon tokens), e.g. d/M/yyyy HH:mm' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  dateFormat?: string;

  @ApiPropertyOptional({ description: 'IANA time zone of the dates, e.g. UTC' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  timeZone?: string;

  @ApiPropertyOptional({ description: 'JSON: the event log mapping (required for eventlog), or the ServiceNow state mapping extension' })
  @IsOptional()
  @IsJSON()
  @MaxLength(200_000)
  mapping?: string;
}
