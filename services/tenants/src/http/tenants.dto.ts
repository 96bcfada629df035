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
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { TEMPLATE_NAMES } from '@deskstream/templates';
import { CLAIM_NAME, MAX_AUDIENCE_LENGTH, MAX_URL_LENGTH } from '../domain/identity-provider.rules';
import { MAX_ADMINS, MAX_DESKS, MAX_NAME_LENGTH, MAX_REASON_LENGTH, TENANT_ID, USER_ID } from '../domain/tenant.rules';

export class DeskDto {
  @ApiProperty({ example: 'facilities@initech.example' }) @IsEmail() @MaxLength(254) address!: string;
  @ApiProperty({ example: 'facilities', description: "A kind of desk the template knows; mail to it becomes the template's request type for that kind" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  kind!: string;
}

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const CLAIM_MESSAGE = 'must be a claim name: 1 to 200 characters, no spaces';

export class IdentityProviderDto {
  @ApiProperty({ example: 'https://login.initech.example', description: "The tokens' `iss`: https (http only on localhost); no other tenant may share it" })
  @IsString()
  @IsUrl(URL_OPTIONS)
  @MaxLength(MAX_URL_LENGTH)
  issuer!: string;
  @ApiPropertyOptional({
    example: 'https://login.initech.example/.well-known/jwks.json',
    description: "The provider's key set; left out, the one its discovery document (`<issuer>/.well-known/openid-configuration`) names",
  })
  @IsOptional()
  @IsString()
  @IsUrl(URL_OPTIONS)
  @MaxLength(MAX_URL_LENGTH)
  jwksUrl?: string;
  @ApiProperty({ example: 'deskstream', description: "The tokens' `aud`" }) @IsString() @IsNotEmpty() @MaxLength(MAX_AUDIENCE_LENGTH) audience!: string;
  @ApiPropertyOptional({
    example: 'sub',
    description: "The claim holding the user's id (default: the installation's, else `sub`): lower-case letters, digits, '.', '_', '-'",
  })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: CLAIM_MESSAGE })
  userClaim?: string;
  @ApiPropertyOptional({
    example: 'email',
    description: "The claim holding the user's address (default: the installation's, else `email`; ignored when `email_verified` is false)",
  })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: CLAIM_MESSAGE })
  emailClaim?: string;
  @ApiPropertyOptional({ example: 'name', description: "The claim holding the user's display name (default: the installation's, else `name`)" })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: CLAIM_MESSAGE })
  nameClaim?: string;
  @ApiPropertyOptional({ example: 'groups', description: "The claim whose values give the user's roles (default: the installation's, else `roles`)" })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: CLAIM_MESSAGE })
  rolesClaim?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin' },
    description: "Claim value to role; left out, the installation's (else the claim's values are role names themselves). Values that map to no role give none",
  })
  @IsOptional()
  @IsObject()
  roleMap?: Record<string, string>;
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
  @ApiPropertyOptional({
    type: IdentityProviderDto,
    description: "The OIDC provider the tenant's users sign in with; set later with PUT .../identity-provider",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityProviderDto)
  identityProvider?: IdentityProviderDto;
}

export class SuspendTenantDto {
  @ApiProperty({ example: 'Contract ended; data kept until the export is taken' }) @IsString() @IsNotEmpty() @MaxLength(MAX_REASON_LENGTH) reason!: string;
}
