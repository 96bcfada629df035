import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { DraftInput } from '../application/article-use-cases';
import type { Audience } from '../domain/article.events';
import { OptionalText, RequiredText } from './text-fields';

export const AUDIENCES: readonly Audience[] = ['internal', 'requesters'];
const SHORT = 200;

/** The KCS article structure: title, problem, environment, cause, resolution. */
export class CreateArticleDto implements Partial<DraftInput> {
  @RequiredText(SHORT, { example: 'Outlook cannot connect after a password change' })
  title!: string;

  @RequiredText(10_000, { example: 'Outlook asks for the password again and again', description: 'The problem in the words of the person who had it' })
  problem!: string;

  @OptionalText(10_000, { description: 'Products, versions, configuration where it happens' })
  environment?: string;

  @OptionalText(10_000)
  cause?: string;

  @OptionalText(20_000, { example: 'Remove the cached credentials in the credential manager', description: 'Needed before the article can be submitted' })
  resolution?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 30 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];

  @OptionalText(SHORT)
  service?: string;

  @OptionalText(SHORT)
  category?: string;

  @ApiProperty({ enum: AUDIENCES, description: '`internal`: agents only; `requesters`: the portal too, once validated' })
  @IsIn(AUDIENCES)
  audience!: Audience;

  @OptionalText(SHORT, { description: 'Who keeps the article current; the author by default' })
  owner?: string;
}

/** Any of the sections, keywords, service, category, audience or owner; what is left out stays as it is. */
export class EditArticleDto {
  @OptionalText(SHORT) title?: string;
  @OptionalText(10_000) problem?: string;
  @OptionalText(10_000) environment?: string;
  @OptionalText(10_000, { example: 'A stale token in the credential manager' }) cause?: string;
  @OptionalText(20_000) resolution?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 30 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];

  @OptionalText(SHORT) service?: string;
  @OptionalText(SHORT) category?: string;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @OptionalText(SHORT) owner?: string;
}

export class EmptyBodyDto {}

export class ArchiveArticleDto {
  @RequiredText(2_000, { example: 'Outlook 2016 is no longer used' }) reason!: string;
}

export class FlagArticleDto {
  @ApiProperty({ enum: ['wrong', 'outdated', 'unclear'] })
  @IsIn(['wrong', 'outdated', 'unclear'])
  reason!: 'wrong' | 'outdated' | 'unclear';

  @RequiredText(2_000, { example: 'Step 2 names a menu that no longer exists' }) comment!: string;
}

export class ResolveFlagDto {
  @RequiredText(100, { example: 'flag-1' }) flagId!: string;
  @RequiredText(2_000, { example: 'Steps updated for the new menu', description: 'What was done about it' }) comment!: string;
}

export class ArticleFeedbackDto {
  @ApiProperty()
  @IsIn([true, false], { message: 'helpful must be true or false' })
  helpful!: boolean;

  @OptionalText(2_000, { example: 'Solved it' }) comment?: string;
}

export class LinkTicketDto {
  @RequiredText(100, { example: 'incident-id', description: 'The incident or request the article was used on' }) ticketId!: string;
  @OptionalText(20, { example: 'INC0001001' }) ticketReference?: string;
}

export class ArticleReceiptDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'KB0001001' }) reference!: string;
  @ApiProperty({ enum: ['work-in-progress', 'not-validated', 'validated', 'archived', 'deleted'] }) status!: string;
  @ApiProperty({ type: 'string', example: '0.1', nullable: true }) version!: string | null;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiProperty({ type: [String] }) allowedActions!: string[];
}
