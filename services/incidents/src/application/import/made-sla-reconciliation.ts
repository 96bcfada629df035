import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '@deskstream/kernel';
import { recordedAs } from '@deskstream/readmodels';
import { ticketSlaDecider, type TicketSlaClockObserved } from '../../domain/ticket-sla.decider';
import { compareMadeSla } from '../../domain/import/made-sla';
import { ticketSlaStream } from '../sla-clock-observer';

/** One imported ticket whose `made_sla` is compared: its ids and what the source said on its last row. */
export interface MadeSlaTicket {
  readonly number: string;
  readonly reference: string;
  readonly incidentId: string;
  readonly source: boolean | null;
  /** False for a ticket this very import created with the platform stopped: no clock can have been observed for it yet, so none is read. */
  readonly mayHaveClocks: boolean;
}

export interface MadeSlaDisagreement {
  readonly number: string;
  readonly reference: string;
  /** What the replayed SLA clocks say: false when a customer SLA clock breached. */
  readonly derived: boolean;
  readonly source: boolean;
}

/** ServiceNow's `made_sla` against the SLA clocks the SLA service replayed from the imported events. */
export interface MadeSlaReport {
  readonly compared: number;
  readonly agree: number;
  readonly disagree: number;
  /** Tickets with a `made_sla` but no SLA clock observed for them. */
  readonly notCompared: number;
  /** Why some were not compared, or null when every one was. */
  readonly reason: string | null;
  readonly sourceMade: number;
  readonly sourceMissed: number;
  readonly incidents: readonly MadeSlaDisagreement[];
}

/** How long an import through the running service waits for the SLA clocks of what it imported. */
export interface SlaSettling {
  /** The clocks are taken as replayed once none of the tickets' clocks changed for this long. */
  readonly quietMs: number;
  readonly timeoutMs: number;
}

const NOT_COMPARED =
  'no SLA clock was observed for these tickets: no SLA definition applies to them, or the platform has not replayed them yet ' +
  '(after an import with the platform stopped, start it and import the same file again: nothing is added and made_sla is compared)';

const BATCH = 256;

/**
 * The SLA clocks of each ticket as the incidents service observed them from the SLA service's events
 * (its own `incidentsla` streams; the SLA service's store is not read).
 */
async function observedClocks(store: EventStore, tenantId: string, incidentIds: readonly string[]) {
  const clocks = new Map<string, ReturnType<typeof ticketSlaDecider.initialState>>();
  for (let i = 0; i < incidentIds.length; i += BATCH) {
    await Promise.all(
      incidentIds.slice(i, i + BATCH).map(async (id) => {
        const events = recordedAs<TicketSlaClockObserved>(await store.readStream(ticketSlaStream(tenantId, id)));
        clocks.set(id, events.reduce(ticketSlaDecider.evolve, ticketSlaDecider.initialState()));
      }),
    );
  }
  return clocks;
}

/** Waits until the tickets' observed SLA clocks stop changing (the SLA service replays the imported events behind the bus). */
export async function awaitSlaClocks(store: EventStore, tenantId: string, incidentIds: readonly string[], settling: SlaSettling): Promise<void> {
  const deadline = Date.now() + settling.timeoutMs;
  const fingerprint = async () => JSON.stringify([...(await observedClocks(store, tenantId, incidentIds)).values()]);
  let last = await fingerprint();
  let quietSince = Date.now();
  while (Date.now() < deadline && Date.now() - quietSince < settling.quietMs) {
    await sleep(Math.min(250, settling.quietMs));
    const now = await fingerprint();
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
}

/** Compares each ticket's `made_sla` with its replayed SLA clocks and lists the disagreements. */
export async function reconcileMadeSla(store: EventStore, tenantId: string, tickets: readonly MadeSlaTicket[]): Promise<MadeSlaReport> {
  const withSource = tickets.filter((ticket) => ticket.source !== null);
  const clocks = await observedClocks(
    store,
    tenantId,
    withSource.filter((ticket) => ticket.mayHaveClocks).map((ticket) => ticket.incidentId),
  );
  const disagreements: MadeSlaDisagreement[] = [];
  let compared = 0;
  for (const ticket of withSource) {
    const comparison = compareMadeSla(ticket.source, Object.values(clocks.get(ticket.incidentId)?.clocks ?? {}));
    if (comparison === null) continue;
    compared += 1;
    if (!comparison.agrees) disagreements.push({ number: ticket.number, reference: ticket.reference, derived: comparison.derived, source: comparison.source! });
  }
  const notCompared = withSource.length - compared;
  return {
    compared,
    agree: compared - disagreements.length,
    disagree: disagreements.length,
    notCompared,
    reason: notCompared > 0 ? NOT_COMPARED : null,
    sourceMade: withSource.filter((ticket) => ticket.source === true).length,
    sourceMissed: withSource.filter((ticket) => ticket.source === false).length,
    incidents: disagreements,
  };
}
