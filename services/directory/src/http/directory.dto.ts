import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageLimit, TENANT_ROLES } from '@deskstream/platform';
import { CRITICALITIES } from '../domain/directory-entry.model';
import { ENTRY_ID, MAX_NAME_LENGTH } from '../domain/directory-entry.rules';

const MAX_REFERENCES = 500;
const Name = () => applyDecorators(ApiProperty({ maxLength: MAX_NAME_LENGTH }), IsString(), IsNotEmpty(), MaxLength(MAX_NAME_LENGTH));
const Reference = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, nullable: true }),
    IsOptional(),
    IsString(),
    Matches(ENTRY_ID, { message: '$property must be a directory id' }),
  );
const Active = () =>
  applyDecorators(
    ApiPropertyOptional({ default: true, description: 'false deactivates the entry; names pointing to it stop being accepted' }),
    IsOptional(),
    IsBoolean(),
  );
const Id = () =>
  applyDecorators(
    ApiProperty({ pattern: ENTRY_ID.source }),
    IsString(),
    Matches(ENTRY_ID, { message: 'id: lower-case letters, digits, ".", "_" and "-", up to 64' }),
  );
const Criticality = () => applyDecorators(ApiPropertyOptional({ enum: CRITICALITIES, default: 'medium' }), IsOptional(), IsIn(CRITICALITIES));
const TimeZone = () => applyDecorators(ApiPropertyOptional({ default: 'UTC', example: 'Europe/Berlin' }), IsOptional(), IsString(), MaxLength(64));

export class UserBodyDto {
  @Name() name!: string;
  @ApiPropertyOptional({ type: [String], description: 'Addresses mail from this user comes from; the first is where mail to them goes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(254, { each: true })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value))
  emails?: string[];
  @TimeZone() timeZone?: string;
  @ApiPropertyOptional({ default: 'en-GB', example: 'de-DE' }) @IsOptional() @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/) locale?: string;
  @Reference('The user this user reports to') manager?: string | null;
  @ApiPropertyOptional({ type: [String], enum: TENANT_ROLES }) @IsOptional() @IsArray() @IsIn(TENANT_ROLES, { each: true }) roles?: string[];
  @Active() active?: boolean;
}

export class CreateUserDto extends UserBodyDto {
  @Id() id!: string;
}

export class GroupBodyDto {
  @Name() name!: string;
  @ApiPropertyOptional({ type: [String], description: 'User ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REFERENCES)
  @IsString({ each: true })
  @Matches(ENTRY_ID, { each: true, message: 'each member must be a user id' })
  members?: string[];
  @Reference("The group's manager (told on hierarchical escalation)") manager?: string | null;
  @ApiPropertyOptional({ enum: [1, 2, 3], default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(3) tier?: number;
  @ApiPropertyOptional({ description: 'The business calendar (SLA calendar id) the group works on', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  calendar?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(254) email?: string | null;
  @Active() active?: boolean;
}

export class CreateGroupDto extends GroupBodyDto {
  @Id() id!: string;
}

export class ServiceBodyDto {
  @Name() name!: string;
  @Reference('Group that owns the service') ownerGroup?: string | null;
  @Reference('Group that supports it (where its tickets go)') supportGroup?: string | null;
  @Criticality() criticality?: (typeof CRITICALITIES)[number];
  @Active() active?: boolean;
}

export class CreateServiceDto extends ServiceBodyDto {
  @Id() id!: string;
}

export class ConfigurationItemBodyDto extends ServiceBodyDto {
  @Reference('The service this item is part of') service?: string | null;
}

export class CreateConfigurationItemDto extends ConfigurationItemBodyDto {
  @Id() id!: string;
}

export class LocationBodyDto {
  @Name() name!: string;
  @TimeZone() timeZone?: string;
  @Active() active?: boolean;
}

export class CreateLocationDto extends LocationBodyDto {
  @Id() id!: string;
}

export class CategoryBodyDto {
  @Name() name!: string;
  @Active() active?: boolean;
}

export class CreateCategoryDto extends CategoryBodyDto {
  @Id() id!: string;
}

export class ListEntriesQueryDto {
  @ApiPropertyOptional({ description: 'Words in the name' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) active?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/) cursor?: string;
  @PageLimit(200, 50) limit?: number;
}
