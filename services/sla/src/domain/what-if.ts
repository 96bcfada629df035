import { runClock } from './clock-run';
import type { SlaDefinition } from './sla-definition.model';
import { applies } from './sla-selection.rules';
import type { WorkingTimes } from './sla-ticket.events';
import type { SlaTicketState } from './sla-ticket.state';

type Tracked = Extract<SlaTicketState, { status: 'tracked' }>;

export interface WhatIfTicketChange {
  readonly ticketId: string;
  readonly reference: string;
  /** Under the proposed definition. */
  readonly wouldBreach: boolean;
  /** Under the definition in force for the same target (null: no such clock ran). */
  readonly breached: boolean | null;
}

export interface WhatIfOutcome {
  readonly definition: string;
  /** Tickets the proposed definition would have attached to. */
  readonly tickets: number;
  readonly wouldBreach: number;
  /** Of those tickets, how many breached under the definitions in force. */
  readonly breached: number;
  readonly changed: number;
  /** The tickets whose outcome changes (the first `listLimit`). */
  readonly changes: readonly WhatIfTicketChange[];
}

/** The clock the proposal is compared with: the same definition id, else the one in force for the same type and target. */
function currentClock(ticket: Tracked, proposal: SlaDefinition) {
  return (
    ticket.clocks[proposal.id] ??
    Object.values(ticket.clocks).find((c) => c.snapshot.stage !== 'cancelled' && c.definition.type === proposal.type && c.definition.target === proposal.target)
  );
}

/**
 * Replays real ticket histories through proposed definitions, as of `asOf`: the domain takes time as an
 * input, so the answer is exactly what the clocks would have shown. Writes nothing.
 */
export function whatIf(
  tickets: readonly Tracked[],
  proposals: readonly SlaDefinition[],
  workingTimes: WorkingTimes,
  asOf: number,
  listLimit = 100,
): WhatIfOutcome[] {
  // Proposals for the same target compare with the same clock: each ticket's clocks in force are replayed once.
  const replayed = new Map<Tracked, Map<string, boolean | null>>();
  const breachedInForce = (ticket: Tracked, proposal: SlaDefinition): boolean | null => {
    const current = currentClock(ticket, proposal);
    if (!current) return null;
    const ofTicket = replayed.get(ticket) ?? new Map<string, boolean | null>();
    replayed.set(ticket, ofTicket);
    if (!ofTicket.has(current.definition.id)) {
      const currentTime = workingTimes[current.definition.calendar];
      ofTicket.set(current.definition.id, currentTime ? runClock(current.definition, currentTime, ticket.observations, asOf).breached : null);
    }
    return ofTicket.get(current.definition.id)!;
  };
  return proposals.map((proposal) => {
    const proposedTime = workingTimes[proposal.calendar];
    let count = 0;
    let wouldBreach = 0;
    let breached = 0;
    let changed = 0;
    const changes: WhatIfTicketChange[] = [];
    for (const ticket of tickets) {
      const facts = ticket.observations[ticket.observations.length - 1]?.facts;
      if (!facts || !proposedTime || !applies(proposal, facts)) continue;
      const proposed = runClock(proposal, proposedTime, ticket.observations, asOf);
      if (proposed.stage === 'pending') continue;
      count += 1;
      const did = breachedInForce(ticket, proposal);
      if (proposed.breached) wouldBreach += 1;
      if (did) breached += 1;
      if (proposed.breached !== (did ?? false)) {
        changed += 1;
        if (changes.length < listLimit) changes.push({ ticketId: ticket.ticketId, reference: ticket.reference, wouldBreach: proposed.breached, breached: did });
      }
    }
    return { definition: proposal.id, tickets: count, wouldBreach, breached, changed, changes };
  });
}
