import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiLink, ApiNullableObject, RECORD_LINK_SCHEMA, RecordBaseDto } from '@deskstream/platform';
import { CHANNELS, HOLD_REASONS } from '../domain/incident.events';
import { PRIORITIES } from '../domain/priority-matrix';
import { INCIDENT_STATUSES } from './incidents.dto';

/** The response schemas of incidents: the record (GET /incidents/{idOrReference}) and a queue line. */

const text = { type: 'string' };
const nullableText = { type: 'string', nullable: true };
const integer = { type: 'integer' };
const instant = { type: 'string', format: 'date-time' };

export class IncidentClassificationDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 }) impact!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 }) urgency!: number;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) subcategory!: string | null;
  @ApiProperty({ type: String, nullable: true }) symptom!: string | null;
}

export class IncidentNoteDto {
  @ApiProperty() noteId!: string;
  @ApiProperty({ enum: ['internal', 'public'] }) visibility!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer' }) minutes!: number;
  @ApiProperty() failedAttempt!: boolean;
  @ApiProperty({ type: String, nullable: true }) knowledgeArticle!: string | null;
  @ApiProperty({ type: String, nullable: true }) relatedProblem!: string | null;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class IncidentDto extends RecordBaseDto {
  @ApiProperty({ example: 'INC0001001' }) reference!: string;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status!: string;
  @ApiProperty({ description: 'The same as id' }) incidentId!: string;
  @ApiProperty() caller!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: String, nullable: true }) configurationItem!: string | null;
  @ApiProperty() shortDescription!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Imported tickets: their number in the desk they came from' }) sourceReference?:
    string | null;
  @ApiProperty({ type: IncidentClassificationDto }) classification!: IncidentClassificationDto;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ description: 'False while impact and urgency are the defaults' }) classified!: boolean;
  @ApiProperty({ type: 'integer' }) reclassificationCount!: number;
  @ApiProperty({ type: String, nullable: true }) group!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 }) tier!: number;
  @ApiProperty({ type: 'integer' }) reassignmentCount!: number;
  @ApiProperty() hierarchicalEscalation!: boolean;
  @ApiNullableObject({ reason: { type: 'string', enum: [...HOLD_REASONS] }, thirdParty: nullableText }, 'Set while on hold')
  hold!: { reason: string; thirdParty: string | null } | null;
  @ApiProperty({ type: [IncidentNoteDto], description: 'Work notes and comments; a requester sees the public ones only' }) notes!: IncidentNoteDto[];
  @ApiProperty({ type: [String] }) noteIds!: string[];
  @ApiProperty({ type: 'integer' }) minutesLogged!: number;
  @ApiProperty({ type: 'integer' }) failedAttempts!: number;
  @ApiNullableObject(
    {
      manager: nullableText,
      updateIntervalMinutes: integer,
      nextUpdateDueAt: instant,
      stakeholderUpdates: integer,
      childIncidents: { type: 'array', items: RECORD_LINK_SCHEMA },
      review: {
        type: 'object',
        nullable: true,
        required: ['whatWentWrong', 'actions', 'at'],
        properties: {
          whatWentWrong: text,
          actions: { type: 'array', items: { type: 'object', required: ['description', 'owner'], properties: { description: text, owner: text } } },
          at: instant,
        },
      },
    },
    'Set while the incident is a major incident: its manager, update rhythm, children and review',
  )
  major!: Record<string, unknown> | null;
  @ApiLink('The major incident this one is a child of') masterIncident!: { id: string; reference: string | null } | null;
  @ApiLink('The problem this incident is linked to, as the problems service linked it') relatedProblem!: { id: string; reference: string | null } | null;
  @ApiNullableObject(
    {
      closingCategory: text,
      resolutionCode: nullableText,
      notes: text,
      resolvedBy: text,
      at: instant,
      autoCloseDueAt: instant,
      accepted: { type: 'boolean', nullable: true },
    },
    'Set once resolved',
  )
  resolution!: Record<string, unknown> | null;
  @ApiProperty({ type: 'integer' }) reopenCount!: number;
  @ApiNullableObject({ rating: integer, comment: nullableText }, "The caller's rating")
  satisfaction!: { rating: number; comment: string | null } | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Imported tickets: the last update of their source ticket' }) sourceUpdate?: number;
}

export class IncidentSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'INC0001001' }) reference!: string;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ type: String, nullable: true }) group!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty() caller!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ type: String, nullable: true }) service!: string | null;
  @ApiProperty({ type: 'integer' }) tier!: number;
  @ApiProperty() major!: boolean;
  @ApiProperty() shortDescription!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the earliest running SLA clock is due (sort=slaDue); null when none runs',
  })
  slaDueAt!: string | null;
}
