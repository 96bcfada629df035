import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { TEMPLATE_NAMES } from '@deskstream/templates';
import { MAX_ADMINS, MAX_DESKS, MAX_NAME_LENGTH, MAX_REASON_LENGTH, TENANT_ID, USER_ID } from '../domain/tenant.rules';

export class DeskDto {
  @ApiProperty({ example: 'facilities@initech.example' }) @IsEmail() @MaxLength(254) address!: string;
  @ApiProperty({ example: 'facilities', description: "A kind of desk the template knows; mail to it becomes the template's request type for that kind" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  kind!: string;
}

export class CreateTenantDto {
  @ApiProperty({ example: 'initech', description: 'Lower-case slug (letters, digits, "_"); never reused, even after deletion' })
  @IsString()
  @Matches(TENANT_ID, { message: 'must be a lower-case slug: 3 to 40 letters, digits and "_", starting with a letter' })
  id!: string;
  @ApiProperty({ example: 'Initech facilities' }) @IsString() @IsNotEmpty() @MaxLength(MAX_NAME_LENGTH) name!: string;
  @ApiProperty({ enum: TEMPLATE_NAMES, example: 'facilities' }) @IsIn(TEMPLATE_NAMES) template!: string;
  @ApiProperty({ example: 'America/Chicago' }) @IsString() @IsTimeZone() timeZone!: string;
  @ApiProperty({ example: 'en-US' }) @IsString() @IsLocale() locale!: string;
  @ApiPropertyOptional({ type: [DeskDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DESKS)
  @ValidateNested({ each: true })
  @Type(() => DeskDto)
  desks?: DeskDto[];
  @ApiProperty({ type: [String], example: ['bill'], description: 'User ids of the first administrators: they sign in at once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ADMINS)
  @IsString({ each: true })
  @Matches(USER_ID, { each: true, message: 'each must be a user id: lower-case letters, digits, ".", "_" and "-"' })
  admins!: string[];
}

export class SuspendTenantDto {
  @ApiProperty({ example: 'Contract ended; data kept until the export is taken' }) @IsString() @IsNotEmpty() @MaxLength(MAX_REASON_LENGTH) reason!: string;
}
