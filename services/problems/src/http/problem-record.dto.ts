import { ApiProperty } from '@nestjs/swagger';
import { ApiAnyObject, ApiLink, ApiLinks, ApiNullableObject, RECORD_LINK_SCHEMA, RecordBaseDto } from '@deskstream/platform';
import { PRIORITIES } from '../domain/priority-matrix';
import { ORIGINS, RESOLUTION_CODES, TIMELINE_KINDS } from '../domain/problem.events';
import { PROBLEM_STATUSES } from '../domain/problem.state';

/** The response schemas of problems: the record (GET /problems/{idOrReference}) and a list line. */

const text = { type: 'string' };
const nullableText = { type: 'string', nullable: true };
const integer = { type: 'integer' };
const instant = { type: 'string', format: 'date-time' };
const versioned = (value: Record<string, unknown>) => ({ version: integer, by: text, at: instant, value });

export class ProblemClassificationDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 }) impact!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 }) urgency!: number;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
}

export class ProblemTaskViewDto {
  @ApiProperty() taskId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() assignee!: string;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
}

export class AnalystEntryDto {
  @ApiProperty() entryId!: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind!: string;
  @ApiProperty() text!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ format: 'date-time' }) happenedAt!: string;
  @ApiProperty() by!: string;
}

export class ProblemDto extends RecordBaseDto {
  @ApiProperty({ example: 'PRB0001001' }) reference!: string;
  @ApiProperty({ enum: PROBLEM_STATUSES }) status!: string;
  @ApiProperty({ description: 'The same as id' }) problemId!: string;
  @ApiProperty() shortDescription!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: String, nullable: true }) configurationItem!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ enum: ORIGINS }) origin!: string;
  @ApiLink('The trend candidate it was promoted from (a candidate has no reference)') candidate!: { id: string; reference: string | null } | null;
  @ApiProperty({ type: ProblemClassificationDto }) classification!: ProblemClassificationDto;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ type: String, nullable: true }) problemManager!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignmentGroup!: string | null;
  @ApiProperty() confirmed!: boolean;
  @ApiProperty({ description: 'A documented workaround and cause are on record' }) knownError!: boolean;
  @ApiNullableObject(
    {
      reason: text,
      review: { type: 'object', nullable: true, required: ['summary', 'lessons', 'at'], properties: { summary: text, lessons: text, at: instant } },
    },
    'Set for a major problem: why, and its review',
  )
  major!: Record<string, unknown> | null;
  @ApiNullableObject(
    {
      ...versioned(text),
      uses: integer,
      unreviewedUses: integer,
      usedBy: { type: 'array', items: RECORD_LINK_SCHEMA, description: 'The incidents that used it' },
    },
    'The current workaround and its uses',
  )
  workaround!: Record<string, unknown> | null;
  @ApiNullableObject(versioned(text), 'The current root cause')
  cause!: Record<string, unknown> | null;
  @ApiNullableObject(
    { workaroundVersion: integer, causeVersion: integer, at: instant, article: { ...RECORD_LINK_SCHEMA, nullable: true } },
    'The versions the last known-error article was asked for, and the article the knowledge service wrote for it',
  )
  knownErrorArticle!: Record<string, unknown> | null;
  @ApiAnyObject('The Kepner-Tregoe worksheet with its verdicts', true) kepnerTregoe!: Record<string, unknown> | null;
  @ApiNullableObject(
    versioned({
      type: 'array',
      items: { type: 'object', required: ['why', 'answer', 'evidence'], properties: { why: text, answer: text, evidence: nullableText } },
    }),
    'The five whys',
  )
  fiveWhys!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) fixPlan!: string | null;
  @ApiLinks('The linked incidents') linkedIncidents!: { id: string; reference: string | null }[];
  @ApiProperty({ type: [ProblemTaskViewDto] }) tasks!: ProblemTaskViewDto[];
  @ApiProperty({ type: [AnalystEntryDto] }) analystEntries!: AnalystEntryDto[];
  @ApiNullableObject(
    { code: { type: 'string', enum: [...RESOLUTION_CODES] }, notes: text, masterProblem: { ...RECORD_LINK_SCHEMA, nullable: true }, by: text, at: instant },
    'Set once resolved; a duplicate names its master problem',
  )
  resolution!: Record<string, unknown> | null;
  @ApiProperty({ type: 'integer' }) reanalysisCount!: number;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ProblemSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'PRB0001001' }) reference!: string;
  @ApiProperty({ enum: PROBLEM_STATUSES }) status!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty() shortDescription!: string;
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: String, nullable: true }) configurationItem!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ enum: ORIGINS }) origin!: string;
  @ApiProperty({ type: String, nullable: true }) problemManager!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignmentGroup!: string | null;
  @ApiProperty() knownError!: boolean;
  @ApiProperty() major!: boolean;
  @ApiProperty({ type: 'integer' }) linkedIncidentCount!: number;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
