import type { SlaDefinition } from './sla-definition.model';
import type { TicketFacts } from './ticket-facts';

const matches = (list: readonly string[] | undefined, value: string | null): boolean => !list || (value !== null && list.includes(value));

/** Whether a definition attaches to a ticket with these facts (kind, priority, service, category). */
export function applies(definition: SlaDefinition, facts: TicketFacts): boolean {
  const { appliesTo } = definition;
  return (
    appliesTo.kind === facts.kind &&
    matches(appliesTo.priorities, facts.priority) &&
    matches(appliesTo.services, facts.service) &&
    matches(appliesTo.categories, facts.category)
  );
}

/** Ticket statuses after which only an explicit repair recomputes the clocks. */
export const CLOSED_STATUSES = ['closed', 'cancelled', 'rejected'];

/** Automatic steps (intake, monitoring, timers) never count as someone acting on the ticket. */
export const isAutomatic = (actor: string): boolean => actor === 'system' || actor.startsWith('system:');
