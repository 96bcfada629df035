import { ApiProperty } from '@nestjs/swagger';
import type { AlertOutcome } from '../application/alert-intake';

/** What became of one alert. */
export class AlertOutcomeDto implements AlertOutcome {
  @ApiProperty({ description: 'The correlation key: alerts with one fingerprint belong to one incident' }) fingerprint!: string;
  @ApiProperty({ enum: ['firing', 'resolved'] }) status!: AlertOutcome['status'];
  @ApiProperty({
    enum: ['opened', 'correlated', 'recovered', 'ignored'],
    description: 'opened: a new incident; correlated: added to the open one; recovered: noted on it; ignored: nothing to do',
  })
  outcome!: AlertOutcome['outcome'];
  @ApiProperty({ type: String, nullable: true, description: "The alert's incident; null when ignored" }) incidentId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'INC0001001', description: "The incident's reference; null when ignored" }) reference!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'How many alerts the incident has taken; null when ignored' }) count!: number | null;
}

export class AlertOutcomesDto {
  @ApiProperty({ type: [AlertOutcomeDto] }) alerts!: AlertOutcomeDto[];
}
