import type { OrderedUpdate, Readout } from './import.types';
import type { ActivityMapping, EventLogField, EventLogMapping } from './eventlog-mapping';
import type { DateReader } from './servicenow-row';

/** One activity of one case, read through the mapping. */
export interface EventLogActivity extends OrderedUpdate {
  readonly activity: string;
  /** What the mapping makes of the activity; null for one it does not name (kept as a note). */
  readonly mapped: ActivityMapping | null;
  readonly resource: string | null;
  readonly fields: Readonly<Partial<Record<EventLogField, string>>>;
  /** The columns the mapping does not read, kept with a note so that nothing of the row is lost. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Reads one row of a process-mining event log. Its update number is its place in the case, given
 * when the case's rows are put in time order (sequenceCase).
 */
export function readEventLogRow(
  record: Readonly<Record<string, string>>,
  line: number,
  mapping: EventLogMapping,
  readDate: DateReader,
): Readout<EventLogActivity> {
  const cell = (column: string | undefined) => {
    const value = column === undefined ? undefined : record[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const number = cell(mapping.columns.case) ?? null;
  const issue = (reason: string): Readout<EventLogActivity> => ({ ok: false, issue: { line, number, kind: 'malformed', reason } });
  if (number === null) return issue(`missing case id (${mapping.columns.case})`);
  const activity = cell(mapping.columns.activity);
  if (activity === undefined) return issue(`missing activity (${mapping.columns.activity})`);
  const stamp = cell(mapping.columns.timestamp);
  if (stamp === undefined) return issue(`missing timestamp (${mapping.columns.timestamp})`);
  const at = readDate(stamp);
  if (at === null) return issue(`malformed date in ${mapping.columns.timestamp}: '${stamp}'`);
  const fields: Partial<Record<EventLogField, string>> = {};
  const read = new Set<string>();
  for (const [field, column] of Object.entries(mapping.columns) as [EventLogField, string][]) {
    read.add(column);
    const value = cell(column);
    if (value !== undefined) fields[field] = value;
  }
  const attributes = Object.fromEntries(Object.entries(record).filter(([column, value]) => !read.has(column) && value.trim() !== ''));
  return {
    ok: true,
    update: {
      line,
      number,
      update: 0,
      at,
      content: record,
      activity,
      mapped: mapping.activities[activity] ?? null,
      resource: fields.resource ?? null,
      fields,
      attributes,
    },
  };
}

function sameRow(a: EventLogActivity, b: EventLogActivity): boolean {
  const keys = Object.keys(a.content);
  return keys.length === Object.keys(b.content).length && keys.every((key) => a.content[key] === b.content[key]);
}

/**
 * A case's activities in time order (the file's order among equal times), numbered: a later export of
 * the same log keeps the numbers of the rows it shares, so an import adds only what follows. A row
 * repeated as is takes the number of the row it repeats, which the import reports as a duplicate.
 */
export function sequenceCase(rows: readonly EventLogActivity[]): EventLogActivity[] {
  const ordered = [...rows].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.line - b.line));
  const numbered: EventLogActivity[] = [];
  for (const row of ordered) {
    const previous = numbered.at(-1);
    const repeated = previous !== undefined && previous.at === row.at && sameRow(previous, row);
    numbered.push({ ...row, update: previous === undefined ? 0 : repeated ? previous.update : previous.update + 1 });
  }
  return numbered;
}
