import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ReportingQueries } from '../application/reporting-queries';
import { csvCell, TICKET_FACT_FIELDS, type TicketFactRow } from '../application/ticket-fact-rows';
import { arrowStream, pagesOf, wantsArrow, type ColumnKind } from './arrow-reply';
import { csvStream, wantsCsv } from './csv-reply';
import { ListTicketFactsQueryDto } from './reporting.dto';

export const REPORTING_READERS = ['analyst', 'service-owner', 'tenant-admin', 'enterprise-analyst'] as const;

const INSTANTS: readonly string[] = ['openedAt', 'resolvedAt', 'closedAt', 'firstAssignedAt', 'firstResponseAt'];
const NUMBERS: readonly string[] = ['reopenCount', 'reassignmentCount', 'csatScore', 'minutesLogged', 'cost'];
const BOOLEANS: readonly string[] = ['firstContactResolution', 'firstLevelResolution'];
const FACT_KINDS: readonly ColumnKind[] = TICKET_FACT_FIELDS.map((field) =>
  INSTANTS.includes(field) ? 'instant' : NUMBERS.includes(field) ? 'number' : BOOLEANS.includes(field) ? 'boolean' : 'text',
);

async function* csvRows(rows: AsyncIterable<TicketFactRow>): AsyncGenerator<unknown[]> {
  for await (const row of rows) yield TICKET_FACT_FIELDS.map((field) => csvCell(field, row[field]));
}

/** One fact record per ticket (incident or request), filtered and paged, or streamed as CSV. */
@ApiTags('reporting')
@Controller('reporting/tickets')
export class TicketFactsController {
  constructor(private readonly queries: ReportingQueries) {}

  @Get()
  @Roles(...REPORTING_READERS)
  @ApiProduces('application/json', 'text/csv', 'application/vnd.apache.arrow.stream')
  @ApiOperation({
    summary: 'Ticket facts, paged ({items, nextCursor}); Accept: text/csv or ?format=csv streams them all as CSV, ?format=arrow as Arrow IPC',
    description: `CSV header: ${TICKET_FACT_FIELDS.join(',')}. Instants are ISO 8601 UTC (Arrow: UTC millisecond timestamps); lists are flattened as in the CSV.`,
  })
  async list(@Query() query: ListTicketFactsQueryDto, @CurrentPrincipal() principal: Principal, @Headers('accept') accept: string | undefined) {
    const { format, cursor, limit, ...filters } = query;
    if (wantsArrow(format, accept))
      return arrowStream(TICKET_FACT_FIELDS, FACT_KINDS, pagesOf(csvRows(this.queries.allTickets(principal.tenantId, filters))), 'tickets.arrow');
    if (wantsCsv(format, accept)) return csvStream(TICKET_FACT_FIELDS, csvRows(this.queries.allTickets(principal.tenantId, filters)), 'tickets.csv');
    return this.queries.ticketPage(principal.tenantId, filters, limit ?? 100, cursor);
  }

  @Get(':idOrReference')
  @Roles(...REPORTING_READERS)
  @ApiOperation({ summary: "One ticket's facts, by ticket id or reference (404 for none, and for another tenant's)" })
  get(@Param('idOrReference') idOrReference: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.ticket(principal.tenantId, idOrReference);
  }
}
