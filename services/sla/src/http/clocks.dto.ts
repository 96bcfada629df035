import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageLimit } from '@deskstream/platform';

export class ClocksQueryDto {
  @ApiPropertyOptional({ description: 'Ticket id or reference (INC0001001)' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) ticket?: string;
  @ApiPropertyOptional({ description: 'With `ticket`: the clocks as they stood then' }) @IsOptional() @IsISO8601({ strict: true }) asOf?: string;
  @ApiPropertyOptional({ description: 'Only breached (true) or unbreached (false) clocks' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  breached?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) group?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/) cursor?: string;
  @PageLimit(200, 50) limit?: number;
}

export class NotificationsQueryDto {
  @ApiPropertyOptional({ description: 'Ticket id or reference' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) ticket?: string;
}
