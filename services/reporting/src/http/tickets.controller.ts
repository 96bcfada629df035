import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { ReportingQueries } from '../application/reporting-queries';
import { csvCell, TICKET_FACT_FIELDS, type TicketFactRow } from '../application/ticket-fact-rows';
import { csvStream, wantsCsv } from './csv-reply';
import { ListTicketFactsQueryDto } from './reporting.dto';

export const REPORTING_READERS = ['analyst', 'service-owner', 'tenant-admin', 'enterprise-analyst'] as const;

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
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Ticket facts, paged ({items, nextCursor}); Accept: text/csv or ?format=csv streams them all as CSV',
    description: `CSV header: ${TICKET_FACT_FIELDS.join(',')}. Instants are ISO 8601 UTC.`,
  })
  async list(@Query() query: ListTicketFactsQueryDto, @CurrentPrincipal() principal: Principal, @Headers('accept') accept: string | undefined) {
    const { format, cursor, limit, ...filters } = query;
    if (wantsCsv(format, accept)) return csvStream(TICKET_FACT_FIELDS, csvRows(this.queries.allTickets(principal.tenantId, filters)), 'tickets.csv');
    return this.queries.ticketPage(principal.tenantId, filters, limit ?? 100, cursor);
  }
}
