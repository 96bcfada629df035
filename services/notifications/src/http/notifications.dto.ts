import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageLimit } from '@deskstream/platform';
import { CHANNELS, RECIPIENT_ROLES } from '../domain/notification-rules';
import { TRIGGER_TYPES } from '../domain/notification-trigger';

const MAX_TEMPLATE = 20_000;

export class RecipientDto {
  @ApiPropertyOptional({ enum: RECIPIENT_ROLES }) @IsOptional() @IsIn(RECIPIENT_ROLES) role?: string;
  @ApiPropertyOptional({ description: "An event field naming a user (e.g. an escalation's manager)" }) @IsOptional() @IsString() @MaxLength(64) field?: string;
  @ApiPropertyOptional({ description: 'Every member of this group' }) @IsOptional() @IsString() @MaxLength(64) group?: string;
  @ApiPropertyOptional({ description: 'This user' }) @IsOptional() @IsString() @MaxLength(64) user?: string;
}

export class WebhookDto {
  @ApiProperty() @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }) url!: string;
  @ApiProperty({ minLength: 16, description: 'Signs each delivery: X-Deskstream-Signature = sha256=HMAC(secret, "<timestamp>.<body>")' })
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  secret!: string;
}

export class RuleDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiProperty({ enum: TRIGGER_TYPES }) @IsIn(TRIGGER_TYPES) trigger!: string;
  @ApiPropertyOptional({ description: 'Field -> allowed values; all must hold', example: { 'ticket.status': ['resolved'] } })
  @IsOptional()
  @IsObject()
  conditions?: Record<string, unknown[]>;
  @ApiProperty({ type: [RecipientDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RecipientDto) recipients!: RecipientDto[];
  @ApiPropertyOptional({ description: 'Template id (not for webhooks)' }) @IsOptional() @IsString() @MaxLength(64) template?: string;
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: string;
  @ApiPropertyOptional({ type: WebhookDto }) @IsOptional() @ValidateNested() @Type(() => WebhookDto) webhook?: WebhookDto;
}

export class TemplateDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/) id!: string;
  @ApiProperty({ example: 'de' }) @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/) locale!: string;
  @ApiProperty({ description: 'Handlebars; plain text' }) @IsString() @IsNotEmpty() @MaxLength(500) subject!: string;
  @ApiProperty({ description: 'Handlebars; plain text' }) @IsString() @IsNotEmpty() @MaxLength(MAX_TEMPLATE) text!: string;
  @ApiPropertyOptional({ description: 'Handlebars; every value is HTML-escaped unless the template says otherwise' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEMPLATE)
  html?: string;
}

export class ChangeNotificationSettingsDto {
  @ApiPropertyOptional({ type: [RuleDto] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RuleDto) rules?: RuleDto[];
  @ApiPropertyOptional({ type: [TemplateDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TemplateDto)
  templates?: TemplateDto[];
  @ApiPropertyOptional({ enum: CHANNELS, isArray: true }) @IsOptional() @IsArray() @IsIn(CHANNELS, { each: true }) channels?: string[];
}

export class FeedQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) unread?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_=+/-]{1,2000}$/) cursor?: string;
  @PageLimit(200, 50) limit?: number;
}
