import { api } from '../api/client';

/** The reporting query API: `POST /api/v1/reporting/query` answers `{ columns, rows }`. */
export interface ReportQuery {
  readonly metrics: readonly string[];
  readonly groupBy?: readonly string[];
  readonly filters?: Record<string, string>;
  readonly from?: string;
  readonly to?: string;
  readonly bucket?: 'hour' | 'day' | 'week' | 'month';
  readonly asOf?: string;
  readonly scope?: 'enterprise';
}

export interface ReportResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export const runReport = (request: ReportQuery) => api<ReportResult>('/reporting/query', { body: request });

/** A cell as a chart label: buckets that start at midnight UTC (day, week, month) by their date alone. */
const labelOf = (value: string | number | null | undefined) => (value === null || value === undefined ? '—' : String(value).replace(/T00:00:00\.000Z$/, ''));

/** A KPI with nothing to measure (a rate over no tickets) is a gap in the chart, not a zero. */
const figureOf = (value: string | number | null | undefined) => (value === null || value === undefined ? null : Number(value));

/** A series per value of `seriesColumn` (or one per metric), over the categories of `categoryColumn`. */
export function seriesOf(result: ReportResult, categoryColumn: string, metrics: readonly string[], seriesColumn?: string) {
  const at = (name: string) => result.columns.indexOf(name);
  const categories = [...new Set(result.rows.map((row) => labelOf(row[at(categoryColumn)])))].sort();
  if (seriesColumn) {
    const names = [...new Set(result.rows.map((row) => labelOf(row[at(seriesColumn)])))];
    return {
      categories,
      series: names.map((name) => ({
        name,
        data: categories.map((category) => {
          const row = result.rows.find((r) => labelOf(r[at(seriesColumn)]) === name && labelOf(r[at(categoryColumn)]) === category);
          return row ? figureOf(row[at(metrics[0]!)]) : 0;
        }),
      })),
    };
  }
  return {
    categories,
    series: metrics.map((metric) => ({
      name: metric,
      data: categories.map((category) => {
        const row = result.rows.find((r) => labelOf(r[at(categoryColumn)]) === category);
        return row ? figureOf(row[at(metric)]) : 0;
      }),
    })),
  };
}

/** The data behind a chart as CSV (RFC 4180 quoting), as the API answered it. */
export function toCsv(result: ReportResult): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [result.columns, ...result.rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
