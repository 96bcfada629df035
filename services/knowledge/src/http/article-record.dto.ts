import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiLink, RECORD_LINK_SCHEMA, RecordBaseDto } from '@deskstream/platform';
import { AUDIENCES } from './article.dto';

/** The response schemas of knowledge articles: the record (GET /knowledge/articles/{idOrReference}) and a list line. */

const STATES = ['work-in-progress', 'not-validated', 'validated', 'archived'];

export class ArticleHighlightDto {
  @ApiProperty() field!: string;
  @ApiProperty({ description: 'HTML-escaped text with the matched words in <mark>' }) snippet!: string;
}

/** A line of the list, or a hit of a search (which adds its score and highlights, and has no counts). */
export class ArticleSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'KB0001001' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: STATES }) status!: string;
  @ApiProperty({ enum: AUDIENCES }) audience!: string;
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ example: '2.0' }) version!: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Tickets it was used on' }) reuseCount?: number;
  @ApiPropertyOptional({ type: 'integer' }) helpful?: number;
  @ApiPropertyOptional({ type: 'integer' }) notHelpful?: number;
  @ApiPropertyOptional({ type: 'integer' }) openFlags?: number;
  @ApiPropertyOptional({ format: 'date-time' }) updatedAt?: string;
  @ApiPropertyOptional({ type: 'number', format: 'double', description: 'Searches: the rank' }) score?: number;
  @ApiPropertyOptional({ type: [ArticleHighlightDto], description: 'Searches: where the words matched' }) highlights?: ArticleHighlightDto[];
}

export class ArticleFlagDto {
  @ApiProperty() flagId!: string;
  @ApiProperty({ enum: ['wrong', 'outdated', 'unclear'] }) reason!: string;
  @ApiProperty() comment!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ArticleOriginDto {
  @ApiProperty({ enum: ['authored', 'harvested', 'known-error'] }) kind!: string;
  @ApiProperty({ type: 'array', items: RECORD_LINK_SCHEMA, description: 'The incidents it was harvested from' } as never)
  sourceIncidents!: { id: string; reference: string | null }[];
  @ApiLink('The problem whose known error it documents') problem!: { id: string; reference: string | null } | null;
}

export class ArticleDto extends RecordBaseDto {
  @ApiProperty({ example: 'KB0001001' }) reference!: string;
  @ApiProperty({ enum: STATES }) status!: string;
  @ApiProperty({ example: '2.0' }) version!: string;
  @ApiProperty() title!: string;
  @ApiProperty() problem!: string;
  @ApiProperty() environment!: string;
  @ApiProperty() cause!: string;
  @ApiProperty() resolution!: string;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ enum: AUDIENCES }) audience!: string;
  @ApiProperty({ type: 'integer' }) reuseCount!: number;
  @ApiProperty({ type: 'integer' }) helpful!: number;
  @ApiProperty({ type: 'integer' }) notHelpful!: number;
  @ApiProperty({ type: 'integer' }) openFlags!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validatedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ description: 'Agents only' }) author?: string;
  @ApiPropertyOptional({ description: 'Agents only' }) owner?: string;
  @ApiPropertyOptional({ type: ArticleOriginDto, description: 'Agents only' }) origin?: ArticleOriginDto;
  @ApiPropertyOptional({ type: [ArticleFlagDto], description: 'Agents only: open flags' }) flags?: ArticleFlagDto[];
  @ApiPropertyOptional({ type: 'array', items: RECORD_LINK_SCHEMA, description: 'Agents only: the tickets it was used on' } as never)
  linkedTickets?: { id: string; reference: string | null }[];
}
