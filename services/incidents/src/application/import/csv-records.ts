import type { Readable } from 'node:stream';
import Papa from 'papaparse';

export interface CsvRecord {
  /** Row of the file the record is on (the header is row 1), as a spreadsheet numbers it. */
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}

export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

/** The header row's names, trimmed, a byte-order mark dropped and a repeated name numbered (`state`, `state_1`). */
function headerNames(row: readonly string[]): string[] {
  const used = new Set<string>();
  return row.map((raw, i) => {
    const name = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    let unique = name;
    for (let n = 1; used.has(unique); n += 1) unique = `${name}_${n}`;
    used.add(unique);
    return unique;
  });
}

/** A line of nothing but separators and spaces: skipped (Papa Parse's greedy test joins every row to find out). */
const blank = (row: readonly string[]): boolean => row.every((field) => field.trim() === '');

/**
 * Streams the records of a CSV file with a header row (Papa Parse: several times faster than the
 * other streaming parsers on exports of this width). Rows come as arrays and are keyed by the header
 * here: Papa Parse's own header mode looks every field up in its typing options, a third of the
 * parse on a wide export. A record that cannot be parsed (a stray quote, a wrong number of columns)
 * is reported with its row and skipped, never fatal.
 */
export function readCsv(input: Readable, onRecord: (record: CsvRecord) => void, onProblem: (problem: CsvProblem) => void): Promise<void> {
  return new Promise((done, fail) => {
    let line = 0;
    let header: string[] | null = null;
    Papa.parse<string[]>(input, {
      header: false,
      step: (results) => {
        const row = results.data;
        if (blank(row)) return;
        line += 1;
        if (header === null) {
          header = headerNames(row);
          return;
        }
        const reasons = results.errors.map((error) => error.message);
        if (row.length > header.length) reasons.push(`Too many fields: expected ${header.length} fields but parsed ${row.length}`);
        else if (row.length < header.length) reasons.push(`Too few fields: expected ${header.length} fields but parsed ${row.length}`);
        if (reasons.length > 0) return onProblem({ line, reason: reasons.join('; ') });
        const record: Record<string, string> = {};
        for (let i = 0; i < header.length; i += 1) record[header[i]!] = row[i]!;
        onRecord({ line, record });
      },
      complete: () => done(),
      error: (error) => fail(error),
    });
  });
}
