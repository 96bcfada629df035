import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { AnyOf, CountParam, PageLimit, SortParam } from '@deskstream/platform';
import { ARTICLE_SORT_FIELDS } from '../application/article-queries';
import type { ArticleStatus } from '../domain/article.state';
import { AUDIENCES } from './article.dto';
import { OptionalText, RequiredText } from './text-fields';

const STATES: readonly ArticleStatus[] = ['work-in-progress', 'not-validated', 'validated', 'archived'];

export class SearchArticlesQueryDto {
  @OptionalText(500, { description: 'Full-text query (ranked); without it, newest change first' })
  q?: string;

  @AnyOf(undefined, 'Services, comma-separated') service?: string[];
  @AnyOf(undefined, 'Categories, comma-separated') category?: string[];

  @AnyOf(STATES, 'States, comma-separated. Agents only; requesters always get validated articles')
  state?: ArticleStatus[];

  @SortParam(ARTICLE_SORT_FIELDS, 'Lists only (no `q`): a search is ranked')
  sort?: string;

  @CountParam()
  count?: boolean;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: 'internal' | 'requesters';

  @PageLimit(100, 20)
  limit?: number;

  @OptionalText(2_000) cursor?: string;
}

export class ReadArticleQueryDto {
  @ApiPropertyOptional({ example: '1.0', description: 'An older version' })
  @IsOptional()
  @IsString()
  @Matches(/^\d+\.\d+$/, { message: 'version looks like 1.0 or 2.3' })
  version?: string;

  @ApiPropertyOptional({ example: '2026-11-23T09:30:00Z', description: 'The article as it stood then' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @OptionalText(400, { description: 'The searchId of the search or suggestion this article was opened from' })
  searchId?: string;
}

export class SuggestionsQueryDto {
  @RequiredText(500, { description: 'What the requester has typed so far' })
  q!: string;

  @OptionalText(100, { description: 'The portal form being filled in; articles of its category rank higher' })
  requestType?: string;

  @PageLimit(20, 5)
  limit?: number;
}

export class IncidentSuggestionsQueryDto {
  @PageLimit(20, 5)
  limit?: number;
}

export class PageQueryDto {
  @PageLimit(100, 20)
  limit?: number;

  @OptionalText(2_000) cursor?: string;
}

export class DeflectionDto {
  @RequiredText(400, { example: 'search-id', description: 'The searchId of the suggestions the requester saw' }) searchId!: string;
  @RequiredText(100, { example: 'article-id' }) articleId!: string;
  @OptionalText(100) requestType?: string;
}
