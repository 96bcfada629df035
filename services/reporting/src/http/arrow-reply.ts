import { StreamableFile } from '@nestjs/common';
import { Bool, Float64, RecordBatchStreamWriter, Table, TimestampMillisecond, Utf8, vectorFromArray, type DataType, type RecordBatch } from 'apache-arrow';

/** Arrow IPC stream: what pandas (`pyarrow.ipc.open_stream`), DuckDB and Polars read directly. */
export const ARROW_TYPE = 'application/vnd.apache.arrow.stream';
export type ColumnKind = 'instant' | 'number' | 'boolean' | 'text';

export const wantsArrow = (format: string | undefined, accept: string | undefined): boolean =>
  format === 'arrow' || (format === undefined && (accept ?? '').split(',').some((type) => type.trim().startsWith(ARROW_TYPE)));

const typeOf = (kind: ColumnKind): DataType => {
  switch (kind) {
    case 'instant':
      return new TimestampMillisecond('UTC');
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    case 'text':
      return new Utf8();
  }
};

function cell(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'instant') return new Date(String(value));
  if (kind === 'text') return String(value);
  return value;
}

function batchesOf(columns: readonly string[], kinds: readonly ColumnKind[], rows: readonly (readonly unknown[])[]): RecordBatch[] {
  const vectors = Object.fromEntries(
    columns.map((column, i) => [
      column,
      vectorFromArray(
        rows.map((row) => cell(kinds[i]!, row[i])),
        typeOf(kinds[i]!),
      ),
    ]),
  );
  return new Table(vectors).batches;
}

/** Streams pages of rows as Arrow record batches with typed columns: instants as UTC timestamps. */
export function arrowStream(
  columns: readonly string[],
  kinds: readonly ColumnKind[],
  pages: AsyncIterable<readonly (readonly unknown[])[]>,
  filename: string,
): StreamableFile {
  const writer = new RecordBatchStreamWriter();
  const stream = writer.toNodeStream();
  void (async () => {
    let written = 0;
    try {
      for await (const rows of pages) {
        for (const batch of batchesOf(columns, kinds, rows)) writer.write(batch);
        written += rows.length;
      }
      // An empty answer still states its schema.
      if (written === 0) writer.write(batchesOf(columns, kinds, [[...columns.map(() => null)]])[0]!.slice(0, 0));
      writer.finish();
    } catch (error) {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return new StreamableFile(stream, { type: ARROW_TYPE, disposition: `attachment; filename="${filename}"` });
}

/** Groups rows into pages, so an export writes one record batch per page. */
export async function* pagesOf<T>(rows: AsyncIterable<T>, size = 5_000): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const row of rows) {
    page.push(row);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
