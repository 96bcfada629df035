import type { ImportFacts } from '../../domain/import/import.types';
import { planEventLogImport } from '../../domain/import/eventlog-import.workflow';
import { readEventLogMapping } from '../../domain/import/eventlog-mapping';
import { readEventLogRow, type EventLogActivity } from '../../domain/import/eventlog-row';
import type { ImportSource } from './import-source';
import { DEFAULT_DATE_FORMAT, sourceDateReader } from './source-dates';

export interface EventLogOptions {
  /** The mapping file's content (see docs/import.md). */
  readonly mapping: unknown;
  /** Override the mapping's date format and time zone. */
  readonly dateFormat?: string;
  readonly timeZone?: string;
}

/** Process-mining event logs: one row per activity of a case, read through a mapping file. */
export function eventLogSource(options: EventLogOptions): ImportSource<EventLogActivity> {
  const mapping = readEventLogMapping(options.mapping);
  const readDate = sourceDateReader(options.dateFormat ?? mapping.dateFormat ?? DEFAULT_DATE_FORMAT, options.timeZone ?? mapping.timeZone ?? 'UTC');
  return {
    name: 'eventlog',
    read: (record, line) => readEventLogRow(record, line, mapping, readDate),
    plan: (rows, state, facts: ImportFacts) => planEventLogImport(rows, state, { ...facts, mapping }),
    // An event log has no counters of its own to reconcile with.
    counters: () => null,
  };
}
