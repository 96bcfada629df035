import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify';

export const CSV_TYPE = 'text/csv; charset=utf-8';

/** CSV wanted: `?format=csv`, or an Accept header that names text/csv. */
export const wantsCsv = (format: string | undefined, accept: string | undefined): boolean =>
  format === 'csv' || (format === undefined && (accept ?? '').split(',').some((type) => type.trim().startsWith('text/csv')));

/** Streams rows as CSV with a header row: nothing is held in memory beyond a page of rows. */
export function csvStream(columns: readonly string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>, filename: string): StreamableFile {
  const csv = Readable.from(rows).pipe(stringify({ header: true, columns: [...columns], cast: { boolean: (value) => String(value) } }));
  return new StreamableFile(csv, { type: CSV_TYPE, disposition: `attachment; filename="${filename}"` });
}
