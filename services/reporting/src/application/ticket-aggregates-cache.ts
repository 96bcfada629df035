import type { DocumentCollection } from '@deskstream/readmodels';
import { TenantAggregates } from '../domain/kpi-aggregates';
import type { ReportingCalendar } from '../domain/reporting-settings';
import { contributionOf, type TicketContribution } from '../domain/ticket-contribution';
import { workingTimeOf } from './business-calendar';
import { SharedCatchUp, visitChangedFacts } from './changed-facts';
import type { TicketFactsDocument } from './ticket-facts.projection';

interface TenantState {
  readonly aggregates: TenantAggregates;
  readonly contributions: Map<string, TicketContribution>;
  /** Working time is counted into the cells: a new calendar starts the tenant's aggregates over. */
  readonly calendar: string;
  position: number;
}

/**
 * Each tenant's KPI aggregates in memory, kept current from the ticket facts projection: before a
 * query, the facts written since the last one (position order) replace their tickets' previous
 * contributions. A query then reads month cells, not tickets. Built from the facts on first use.
 */
export class TicketAggregatesCache {
  private readonly tenants = new Map<string, TenantState>();
  private readonly catchUps = new SharedCatchUp<TenantAggregates>();

  constructor(private readonly facts: DocumentCollection<TicketFactsDocument>) {}

  /** The tenant's aggregates as of now, working time counted in `calendar`. */
  current(tenantId: string, calendar: ReportingCalendar): Promise<TenantAggregates> {
    return this.catchUps.run(tenantId, () => this.catchUp(tenantId, calendar));
  }

  private async catchUp(tenantId: string, calendar: ReportingCalendar): Promise<TenantAggregates> {
    const calendarKey = JSON.stringify(calendar);
    let tenant = this.tenants.get(tenantId);
    if (tenant?.calendar !== calendarKey) {
      tenant = { aggregates: new TenantAggregates(), contributions: new Map(), calendar: calendarKey, position: -1 };
      this.tenants.set(tenantId, tenant);
    }
    const { aggregates, contributions } = tenant;
    const workingMs = workingTimeOf(calendar);
    tenant.position = await visitChangedFacts(this.facts, tenantId, tenant.position, (doc) => {
      const before = contributions.get(doc.id);
      if (before) aggregates.subtract(before);
      const after = contributionOf(doc, workingMs);
      if (after) {
        aggregates.add(after);
        contributions.set(doc.id, after);
      } else contributions.delete(doc.id);
    });
    return aggregates;
  }
}
