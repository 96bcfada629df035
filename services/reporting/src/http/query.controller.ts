import { Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ReportingQueries } from '../application/reporting-queries';
import { KPI_NAMES } from '../domain/kpis';
import type { ReportQuery } from '../domain/report-query';
import { arrowStream, wantsArrow, type ColumnKind } from './arrow-reply';
import { csvStream, wantsCsv } from './csv-reply';
import { KPI_DESCRIPTION, QueryFormatDto, ReportQueryDto } from './reporting.dto';
import { REPORTING_READERS } from './tickets.controller';

const MAX_FILTER_VALUES = 100;

async function* onePage<T>(rows: T): AsyncGenerator<T> {
  yield rows;
}

/** Filter values as lists of strings; anything else is refused naming the filter. */
export function filtersOf(filters: Record<string, unknown> | undefined): Record<string, string[]> {
  const errors: FieldError[] = [];
  const parsed: Record<string, string[]> = {};
  for (const [dimension, value] of Object.entries(filters ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0 || values.length > MAX_FILTER_VALUES || !values.every((v) => typeof v === 'string' && v.length <= 200)) {
      errors.push({ field: `filters.${dimension}`, message: `a string or a list of 1 to ${MAX_FILTER_VALUES} strings` });
    } else parsed[dimension] = values as string[];
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return parsed;
}

/** The analyst query: KPIs grouped by dimensions and bucketed in time, as they stand or as of an instant. */
@ApiTags('reporting')
@Controller('reporting/query')
export class ReportQueryController {
  constructor(private readonly queries: ReportingQueries) {}

  @Post()
  @HttpCode(200)
  @Roles(...REPORTING_READERS)
  @ApiProduces('application/json', 'text/csv', 'application/vnd.apache.arrow.stream')
  @ApiOperation({
    summary: 'KPIs by dimension and bucket: {columns, rows}; Accept: text/csv or ?format=csv for CSV, ?format=arrow for Arrow IPC',
    description: `Columns: the groupBy dimensions, then \`bucket\` if any, then the metrics as named. With asOf, dimensions take the values they had at that instant and backlog is the set open then. Unknown metrics or dimensions answer 400 naming the field. KPIs:\n${KPI_DESCRIPTION}`,
  })
  async query(
    @Body() body: ReportQueryDto,
    @Query() { format }: QueryFormatDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
  ) {
    const query: ReportQuery = {
      metrics: body.metrics,
      groupBy: body.groupBy ?? [],
      filters: filtersOf(body.filters),
      from: new Date(body.from).toISOString(),
      to: new Date(body.to).toISOString(),
      bucket: body.bucket ?? null,
      asOf: body.asOf ? new Date(body.asOf).toISOString() : null,
    };
    const enterprise = body.scope === 'enterprise';
    const table = await this.queries.query(principal.tenantId, query, { enterprise, granted: principal.roles.includes('enterprise-analyst') });
    if (wantsArrow(format, accept)) {
      const kinds = table.columns.map((column): ColumnKind => (KPI_NAMES.includes(column) ? 'number' : column === 'bucket' ? 'instant' : 'text'));
      return arrowStream(table.columns, kinds, onePage(table.rows), 'report.arrow');
    }
    if (wantsCsv(format, accept)) return csvStream(table.columns, table.rows as unknown[][], 'report.csv');
    return table;
  }
}
