import { Forbidden, NotFound } from '@deskstream/kernel';
import type { DocumentCollection, DocumentStore, Filter, Page } from '@deskstream/readmodels';
import { answersFromAggregates, evaluateAggregated, type TenantAggregatesView } from '../domain/aggregate-query';
import type { KpiContext } from '../domain/kpis';
import { checkQuery, evaluateQuery, type ReportQuery, type ReportTable, type TenantTickets } from '../domain/report-query';
import type { ReportingSettings } from '../domain/reporting-settings';
import { workingTimeOf } from './business-calendar';
import type { ReportingSettingsRepository } from './reporting-settings.repository';
import { hourlyRateOf, ticketFactRow, type TicketFactRow } from './ticket-fact-rows';
import { TicketAggregatesCache } from './ticket-aggregates-cache';
import { TicketFactsCache } from './ticket-facts-cache';
import { TICKET_FACTS_COLLECTION, type TicketFactsDocument } from './ticket-facts.projection';

export interface TicketFactFilters {
  readonly kind?: string;
  readonly status?: string;
  readonly priority?: string;
  readonly channel?: string;
  readonly service?: string;
  readonly group?: string;
  readonly openedFrom?: string;
  readonly openedTo?: string;
  readonly resolvedFrom?: string;
  readonly resolvedTo?: string;
}

/** Facts read per page when a query or an export walks a tenant's tickets. */
const SCAN_PAGE = 5_000;

function factFilter(filters: TicketFactFilters): Filter {
  const range = (from?: string, to?: string) => ({ ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) });
  const filter: Record<string, Filter[string]> = {};
  for (const field of ['kind', 'status', 'priority', 'channel', 'service', 'group'] as const) {
    if (filters[field] !== undefined) filter[field] = filters[field]!;
  }
  if (filters.openedFrom || filters.openedTo) filter.openedAt = range(filters.openedFrom, filters.openedTo);
  if (filters.resolvedFrom || filters.resolvedTo) filter.resolvedAt = range(filters.resolvedFrom, filters.resolvedTo);
  return filter;
}

/** The ticket facts and the analyst query, over reporting's own read model and settings. */
export class ReportingQueries {
  private readonly facts: DocumentCollection<TicketFactsDocument>;
  private readonly cache: TicketFactsCache;
  private readonly aggregates: TicketAggregatesCache;

  constructor(
    documents: DocumentStore,
    private readonly settings: ReportingSettingsRepository,
  ) {
    this.facts = documents.collection<TicketFactsDocument>(TICKET_FACTS_COLLECTION);
    this.cache = new TicketFactsCache(this.facts);
    this.aggregates = new TicketAggregatesCache(this.facts);
  }

  async ticketPage(tenantId: string, filters: TicketFactFilters, limit: number, cursor?: string): Promise<Page<TicketFactRow>> {
    const [settings, page] = await Promise.all([
      this.settings.get(tenantId),
      this.facts.find(tenantId, { filter: factFilter(filters), sort: [{ field: 'openedAt', direction: 'asc' }], limit, ...(cursor ? { cursor } : {}) }),
    ]);
    const workingMs = workingTimeOf(settings.calendar);
    return { items: page.items.map((doc) => ticketFactRow(doc, settings, workingMs)), nextCursor: page.nextCursor };
  }

  /** One ticket's facts by ticket id or reference; NotFound for another tenant's as for none. */
  async ticket(tenantId: string, idOrReference: string): Promise<TicketFactRow> {
    const doc =
      (await this.facts.get(tenantId, idOrReference)) ?? (await this.facts.find(tenantId, { filter: { reference: idOrReference }, limit: 1 })).items[0];
    if (!doc) throw new NotFound('Ticket', idOrReference);
    const settings = await this.settings.get(tenantId);
    return ticketFactRow(doc, settings, workingTimeOf(settings.calendar));
  }

  /** Every matching fact, page by page, for streaming exports. */
  async *allTickets(tenantId: string, filters: TicketFactFilters): AsyncGenerator<TicketFactRow> {
    let cursor: string | undefined;
    const settings = await this.settings.get(tenantId);
    const workingMs = workingTimeOf(settings.calendar);
    do {
      const page = await this.facts.find(tenantId, {
        filter: factFilter(filters),
        sort: [{ field: 'openedAt', direction: 'asc' }],
        limit: SCAN_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      for (const doc of page.items) yield ticketFactRow(doc, settings, workingMs);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /**
   * Runs a query for the caller's tenant, or with `enterprise` across the tenants that opted in,
   * grouped by tenant first. Enterprise needs the grant; the rows are aggregates only.
   */
  async query(tenantId: string, query: ReportQuery, scope: { enterprise: boolean; granted: boolean }): Promise<ReportTable> {
    if (scope.enterprise && !scope.granted) throw new Forbidden('The enterprise scope needs the enterprise-analyst grant');
    checkQuery(query, { enterprise: scope.enterprise });
    const grouped = !scope.enterprise || query.groupBy.includes('tenant') ? query : { ...query, groupBy: ['tenant', ...query.groupBy] };
    const tenants = scope.enterprise ? await this.settings.enterpriseTenants() : [tenantId];
    // Month-aligned queries on tickets as they stand read the aggregates; the others the facts.
    if (answersFromAggregates(grouped)) return evaluateAggregated(grouped, await Promise.all(tenants.map((tenant) => this.tenantAggregates(tenant))));
    return evaluateQuery(grouped, await Promise.all(tenants.map((tenant) => this.tenantTickets(tenant))));
  }

  private async tenantAggregates(tenantId: string): Promise<TenantAggregatesView> {
    const settings = await this.settings.get(tenantId);
    return { tenantId, aggregates: await this.aggregates.current(tenantId, settings.calendar), context: contextOf(settings) };
  }

  /** The tenant's tickets with its calendar and rates: every KPI of the query comes from these. */
  private async tenantTickets(tenantId: string): Promise<TenantTickets> {
    const [settings, tickets] = await Promise.all([this.settings.get(tenantId), this.cache.current(tenantId)]);
    return { tenantId, tickets, context: contextOf(settings) };
  }
}

const contextOf = (settings: ReportingSettings): KpiContext => ({ workingMs: workingTimeOf(settings.calendar), hourlyRate: hourlyRateOf(settings) });
