import type { TicketChange } from './ticket-activity.events';
import { evolveTicketFacts, unknownTicket, type TicketFacts } from './ticket-facts';
import type { KpiContext } from './kpis';

/** A hand-built history: (local time on 2026-03-02 or a full instant, change) in order. */
export type HistoryLine = readonly [at: string, change: TicketChange];

const instant = (at: string): string => (at.length === 5 ? `2026-03-02T${at}:00.000Z` : at);

export function ticket(ticketId: string, ...lines: readonly HistoryLine[]): TicketFacts {
  return lines.reduce(
    (facts, [at, change], i) => evolveTicketFacts(facts, { messageId: `${ticketId}-${i}`, ticketId, at: instant(at), change }),
    unknownTicket(ticketId),
  );
}

export const opened = (overrides: Partial<Extract<TicketChange, { kind: 'opened' }>> = {}): TicketChange => ({
  kind: 'opened',
  ticketKind: 'incident',
  reference: 'INC-1',
  sourceReference: null,
  channel: 'phone',
  caller: 'caller',
  service: 'email',
  configurationItem: null,
  category: 'software',
  priority: 'P3',
  by: 'alice',
  ...overrides,
});
export const assigned = (group: string, tier: number, assignee: string | null = null): TicketChange => ({ kind: 'assigned', group, tier, assignee });
export const escalated = (group: string, toTier: number): TicketChange => ({ kind: 'escalated', group, toTier });
export const resolved = (by = 'alice'): TicketChange => ({ kind: 'resolved', closingCategory: 'software', by });
export const reopened: TicketChange = { kind: 'reopened' };
export const closed: TicketChange = { kind: 'closed' };
export const onHold: TicketChange = { kind: 'on-hold' };
export const resumed: TicketChange = { kind: 'resumed' };
export const rated = (rating: number): TicketChange => ({ kind: 'rated', rating });
export const logged = (minutes: number): TicketChange => ({ kind: 'work-logged', minutes, by: 'alice', knowledgeArticle: null, relatedProblem: null });
export const responseClock = (stage: 'in-progress' | 'completed', breached = false): TicketChange => ({
  kind: 'clock',
  clockId: 'response',
  target: 'response',
  stage,
  breached,
});
export const resolutionClock = (stage: 'in-progress' | 'completed' | 'cancelled', breached = false): TicketChange => ({
  kind: 'clock',
  clockId: 'resolution',
  target: 'resolution',
  stage,
  breached,
});
export const breached = (clockId: 'response' | 'resolution'): TicketChange => ({ kind: 'clock-breached', clockId, target: clockId });

/** 08:00-20:00 every day in UTC, as working time: enough to tell working hours from calendar hours. */
export const EIGHT_TO_EIGHT: KpiContext = {
  workingMs: (from, to) => {
    let total = 0;
    for (let day = Date.parse(from.slice(0, 10)); day < Date.parse(to); day += 86_400_000) {
      const [start, end] = [Math.max(day + 8 * 3_600_000, Date.parse(from)), Math.min(day + 20 * 3_600_000, Date.parse(to))];
      total += Math.max(0, end - start);
    }
    return total;
  },
  hourlyRate: (group) => (group === 'network' ? 120 : 60),
};

export const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', instant: '2026-04-01T00:00:00.000Z' };
