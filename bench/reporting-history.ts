import type { EventStore, EventToAppend } from '@deskstream/kernel';
import { ticketActivityStream } from '../services/reporting/src/application/reporting-streams';
import type { TicketActivity, TicketChange } from '../services/reporting/src/domain/ticket-activity.events';

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, weighted: readonly (readonly [T, number])[]): T {
  let roll = next() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted.at(-1)![0];
}

const CHANNELS = [
  ['email', 35],
  ['portal', 30],
  ['phone', 20],
  ['chat', 10],
  ['monitoring', 5],
] as const;
const PRIORITIES = [
  ['P1', 2],
  ['P2', 10],
  ['P3', 50],
  ['P4', 30],
  ['P5', 8],
] as const;
const SERVICES = [
  ['email', 25],
  ['vpn', 15],
  ['erp', 20],
  ['laptop', 25],
  ['printing', 15],
] as const;
const TIER_2 = [
  ['network', 40],
  ['applications', 40],
  ['workplace', 20],
] as const;
const MINUTE = 60_000;

export interface GeneratedHistory {
  readonly tickets: number;
  readonly events: number;
  readonly from: string;
  readonly to: string;
}

/**
 * A realistic mix of ticket histories, as reporting records them from the bus, in reporting's own
 * streams: 70% incidents and 30% requests over `months` months; every ticket starts at the service
 * desk (tier 1); 35% go to a tier-2 group, 5% of those on to tier 3, 3% back and forth (ping-pong); 10% wait on
 * hold, 5% are reopened, 8% breach their resolution clock, 25% are rated; 3% are still open.
 */
export async function appendReportingHistory(
  store: EventStore,
  options: { tenantId: string; tickets: number; months: number; end: Date },
): Promise<GeneratedHistory> {
  const next = random(42);
  const span = options.months * 30 * 24 * 60 * MINUTE;
  const start = options.end.getTime() - span;
  let events = 0;
  const metadata = (at: string) => ({
    tenantId: options.tenantId,
    actor: 'system:reporting',
    correlationId: 'bench',
    causationId: 'bench',
    occurredAt: at,
    schemaVersion: 1,
  });
  const batch: Promise<unknown>[] = [];
  for (let i = 0; i < options.tickets; i += 1) {
    const ticketId = `t-${i}`;
    let clock = start + Math.floor((i / options.tickets) * span) + Math.floor(next() * 60 * MINUTE);
    const lines: [number, TicketChange][] = [];
    const later = (minutes: number) => (clock += Math.max(1, Math.floor(minutes)) * MINUTE);
    const kind = next() < 0.7 ? 'incident' : 'request';
    lines.push([
      clock,
      {
        kind: 'opened',
        ticketKind: kind,
        reference: `${kind === 'incident' ? 'INC' : 'REQ'}${1_000_000 + i}`,
        sourceReference: null,
        channel: pick(next, CHANNELS),
        caller: `user-${Math.floor(next() * 5000)}`,
        service: pick(next, SERVICES),
        configurationItem: null,
        category: kind === 'incident' ? 'software' : 'access',
        priority: pick(next, PRIORITIES),
        by: `agent-${i % 40}`,
      },
    ]);
    lines.push([clock, { kind: 'clock', clockId: 'response', target: 'response', stage: 'in-progress', breached: false }]);
    lines.push([clock, { kind: 'clock', clockId: 'resolution', target: 'resolution', stage: 'in-progress', breached: false }]);
    lines.push([later(next() * 20), { kind: 'assigned', group: 'service-desk', assignee: `agent-${i % 40}`, tier: 1 }]);
    lines.push([later(next() * 30), { kind: 'clock', clockId: 'response', target: 'response', stage: 'completed', breached: false }]);
    if (next() < 0.35) {
      const group = pick(next, TIER_2);
      lines.push([later(next() * 240), { kind: 'escalated', group, toTier: 2 }]);
      if (next() < 0.05) lines.push([later(next() * 600), { kind: 'escalated', group: 'datacenter', toTier: 3 }]);
      else if (next() < 0.03)
        lines.push(
          [later(60), { kind: 'assigned', group: 'service-desk', assignee: null, tier: 1 }],
          [later(60), { kind: 'assigned', group, assignee: null, tier: 2 }],
        );
    }
    if (next() < 0.1) lines.push([later(next() * 60), { kind: 'on-hold' }], [later(next() * 1440), { kind: 'resumed' }]);
    lines.push([
      later(next() * 90),
      {
        kind: 'work-logged',
        minutes: 5 + Math.floor(next() * 55),
        by: `agent-${i % 40}`,
        knowledgeArticle: next() < 0.2 ? 'KB-1' : null,
        relatedProblem: null,
      },
    ]);
    if (next() < 0.08) lines.push([later(next() * 600), { kind: 'clock-breached', clockId: 'resolution', target: 'resolution' }]);
    const stillOpen = i > options.tickets * 0.97;
    if (!stillOpen) {
      lines.push([later(next() * 600), { kind: 'resolved', closingCategory: 'software', by: `agent-${i % 40}` }]);
      if (next() < 0.05)
        lines.push(
          [later(next() * 1440), { kind: 'reopened' }],
          [later(next() * 600), { kind: 'resolved', closingCategory: 'software', by: `agent-${i % 40}` }],
        );
      lines.push([later(1), { kind: 'clock', clockId: 'resolution', target: 'resolution', stage: 'completed', breached: false }]);
      if (next() < 0.25) lines.push([later(next() * 1440), { kind: 'rated', rating: 1 + Math.floor(next() * 5) }]);
      lines.push([later(3 * 1440), { kind: 'closed' }]);
    }
    const appended: EventToAppend[] = lines.map(([ms, change], n) => {
      const at = new Date(ms).toISOString();
      const data: TicketActivity = { messageId: `${ticketId}-${n}`, ticketId, at, change };
      return { eventId: `${ticketId}-${n}`, type: 'TicketActivityObserved', data, metadata: metadata(at) };
    });
    events += appended.length;
    batch.push(store.appendToStream(ticketActivityStream(options.tenantId, ticketId), appended, { expectedRevision: 'no_stream' }));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return { tickets: options.tickets, events, from: new Date(start).toISOString(), to: options.end.toISOString() };
}
