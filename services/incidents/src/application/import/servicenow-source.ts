import type { ImportFacts } from '../../domain/import/import.types';
import { planServiceNowImport } from '../../domain/import/servicenow-import.workflow';
import { extendMapping, SERVICENOW_DEFAULT_MAPPING, type ServiceNowMapping } from '../../domain/import/servicenow-mapping';
import { readServiceNowRow, type ServiceNowUpdate } from '../../domain/import/servicenow-row';
import type { ImportSource } from './import-source';
import { DEFAULT_DATE_FORMAT, sourceDateReader } from './source-dates';

export interface ServiceNowOptions {
  /** The instance's display format of dates (luxon tokens), e.g. `d/M/yyyy HH:mm`. */
  readonly dateFormat?: string;
  /** The instance's time zone (IANA), e.g. `UTC`, `Europe/Berlin`. */
  readonly timeZone?: string;
  /** The instance's own state names, channels and close codes, added to ServiceNow's defaults. */
  readonly mapping?: Partial<ServiceNowMapping>;
}

/** ServiceNow incident exports with audit history: one row per update of an incident. */
export function serviceNowSource(options: ServiceNowOptions = {}): ImportSource<ServiceNowUpdate> {
  const mapping = extendMapping(SERVICENOW_DEFAULT_MAPPING, options.mapping ?? {});
  const readDate = sourceDateReader(options.dateFormat ?? DEFAULT_DATE_FORMAT, options.timeZone ?? 'UTC');
  return {
    name: 'servicenow',
    read: (record, line) => readServiceNowRow(record, line, mapping, readDate),
    plan: (rows, state, facts: ImportFacts) => planServiceNowImport(rows, state, { ...facts, mapping }),
    counters: (last) => last.counters,
    readings: (last) => last.readings,
  };
}
