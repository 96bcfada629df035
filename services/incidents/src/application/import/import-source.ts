import type { IncidentState } from '../../domain/incident.state';
import type { ImportFacts, OrderedUpdate, Readout } from '../../domain/import/import.types';
import type { ImportPlan } from '../../domain/import/incident-import.plan';
import type { SourceCounters, SourceReadings } from '../../domain/import/servicenow-row';

/** One kind of export the importer reads: how a record becomes an update, and how one ticket's updates are planned. */
export interface ImportSource<Update extends OrderedUpdate> {
  /** Names the source in ids, actors and reports: `servicenow`, `eventlog`. */
  readonly name: string;
  read(record: Readonly<Record<string, string>>, line: number): Readout<Update>;
  plan(rows: readonly Update[], state: IncidentState, facts: ImportFacts): ImportPlan;
  /** The source's own counters on a ticket's last row, when the export has them. */
  counters(last: Update): SourceCounters | null;
  /** What the source wrote on a ticket's last row that the platform derives itself (priority, active), when the export has it. */
  readings?(last: Update): SourceReadings;
}

/** Where an import stands, for a progress bar or progress lines. */
export interface ImportProgress {
  readonly phase: 'reading' | 'importing' | 'done';
  readonly bytes: number;
  readonly totalBytes: number | null;
  readonly rows: number;
  readonly tickets: number;
  readonly totalTickets: number;
}
