import { ApiProperty } from '@nestjs/swagger';
import { ApiLink, ApiNullableObject } from '@deskstream/platform';

/** The response schema of a line of the problem candidates list (GET /problems/candidates). */

const text = { type: 'string' };

export class CandidateIncidentDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'INC0001001' }) reference!: string;
  @ApiProperty() shortDescription!: string;
}

export class ProblemCandidateDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['open', 'snoozed', 'promoted', 'dismissed'] }) status!: string;
  @ApiProperty({ example: 'service', description: 'What the incidents have in common (`major`: a major incident)' }) dimension!: string;
  @ApiProperty() value!: string;
  @ApiProperty({ description: 'Why it was raised' }) reason!: string;
  @ApiProperty({ type: [CandidateIncidentDto], description: 'The first incidents that triggered it' }) incidents!: CandidateIncidentDto[];
  @ApiProperty({ type: 'integer' }) incidentCount!: number;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) snoozedUntil!: string | null;
  @ApiLink('The problem it was promoted to') problem!: { id: string; reference: string | null } | null;
  @ApiNullableObject(
    { by: text, at: { type: 'string', format: 'date-time' }, reason: { type: 'string', nullable: true } },
    'Who promoted, dismissed or snoozed it, when and why',
  )
  decision!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
