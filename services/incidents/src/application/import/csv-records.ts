import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';

export interface CsvRecord {
  /** Line of the file the record ends on (the header is line 1). */
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}

export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

/**
 * The records of a CSV file with a header row, streamed: a record that cannot be parsed (a stray quote,
 * a wrong number of columns) is reported with its line and skipped, never fatal.
 */
export async function* csvRecords(input: Readable, onProblem: (problem: CsvProblem) => void): AsyncGenerator<CsvRecord> {
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => header.map((name) => name.trim()),
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) onProblem({ line: Number((error as CsvError & { lines?: number }).lines ?? 0), reason: error.message });
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: info.lines, record };
  }
}
