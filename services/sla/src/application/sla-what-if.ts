import { ValidationFailed, type Clock, type CommandContext } from '@deskstream/kernel';
import type { DocumentStore, Filter } from '@deskstream/readmodels';
import type { SlaDefinition, SlaDefinitionSpec } from '../domain/sla-definition.model';
import { definitionErrors } from '../domain/sla-definition.rules';
import type { SlaTicketState } from '../domain/sla-ticket.state';
import { whatIf } from '../domain/what-if';
import type { SlaCalendars } from './sla-calendars';
import { SLA_TICKETS, type SlaTicketDocument } from './sla-ticket.projection';
import type { SlaTickets } from './sla-tickets';

type Tracked = Extract<SlaTicketState, { status: 'tracked' }>;
const PAGE = 1000;

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** What-if over the tenant's real ticket history, and repair after a correction. */
export class SlaReplay {
  constructor(
    private readonly documents: DocumentStore,
    private readonly tickets: SlaTickets,
    private readonly calendars: SlaCalendars,
    private readonly clock: Clock,
  ) {}

  /** Tickets opened in the period, replayed through the proposals as of now (or the period's end, if earlier). Writes nothing. */
  async whatIf(tenantId: string, proposals: readonly SlaDefinitionSpec[], period: Period) {
    const known = (await this.calendars.list(tenantId)).map((calendar) => calendar.id);
    const errors = proposals.flatMap((proposal, i) =>
      definitionErrors(proposal, known).map((e) => ({ field: `definitions.${i}.${e.field}`, message: e.message })),
    );
    if (errors.length > 0) throw new ValidationFailed(errors);
    const states = await this.ticketsOpened(tenantId, { openedAt: { $gte: period.from, $lt: period.to } });
    const definitions: SlaDefinition[] = proposals.map((proposal) => ({ ...proposal, version: 0 }));
    const calendarIds = new Set([...definitions.map((d) => d.calendar), ...states.flatMap((s) => Object.values(s.clocks).map((c) => c.definition.calendar))]);
    const workingTimes = Object.fromEntries(
      await Promise.all([...calendarIds].map(async (id) => [id, (await this.calendars.timeline(tenantId, id)).timeline] as const)),
    );
    const asOf = Math.min(this.clock.now().getTime(), Date.parse(period.to));
    return { period, ticketsInPeriod: states.length, asOf: new Date(asOf).toISOString(), definitions: whatIf(states, definitions, workingTimes, asOf) };
  }

  /** Recomputes the clocks of open tickets (and closed ones on request) under what is in force now, each change recorded with the reason. */
  async repair(context: CommandContext, reason: string, includeClosed: boolean, ticketIds?: readonly string[]) {
    const ids = ticketIds ?? (await this.ticketsOpened(context.tenantId, {})).map((state) => state.ticketId);
    let changed = 0;
    for (const ticketId of ids) changed += await this.tickets.recompute(context, ticketId, reason, includeClosed);
    return { tickets: ids.length, clocksChanged: changed };
  }

  private async ticketsOpened(tenantId: string, filter: Filter): Promise<Tracked[]> {
    const collection = this.documents.collection<SlaTicketDocument>(SLA_TICKETS);
    const states: Tracked[] = [];
    let cursor: string | null = null;
    do {
      const page = await collection.find(tenantId, { filter, sort: [{ field: 'openedAt', direction: 'asc' }], limit: PAGE, ...(cursor ? { cursor } : {}) });
      for (const doc of page.items) if (doc.state.status === 'tracked') states.push(doc.state);
      cursor = page.nextCursor;
    } while (cursor);
    return states;
  }
}
