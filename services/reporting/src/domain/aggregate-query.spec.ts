import { answersFromAggregates, evaluateAggregated } from './aggregate-query';
import { changeResolveTimes, emptyCell, medianOf } from './kpi-cells';
import { TenantAggregates } from './kpi-aggregates';
import { KPI_NAMES } from './kpis';
import { evaluateQuery, type ReportQuery } from './report-query';
import type { TicketChange } from './ticket-activity.events';
import { contributionOf, type TicketContribution } from './ticket-contribution';
import { evolveTicketFacts, unknownTicket, type TicketFacts } from './ticket-facts';
import {
  assigned,
  breached,
  EIGHT_TO_EIGHT,
  escalated,
  logged,
  onHold,
  opened,
  rated,
  reopened,
  resolutionClock,
  resolved,
  responseClock,
  resumed,
  type HistoryLine,
} from './ticket-histories.fixtures';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');

/** Histories over five months with every kind of change: reopenings, ping-pong, holds, breaches, ratings, cancellations. */
function histories(count: number, seed: number): HistoryLine[][] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, (_, i) => {
    let clock = START + Math.floor(next() * 150 * 1440) * MINUTE;
    const later = (minutes: number) => new Date((clock += Math.max(1, Math.floor(minutes)) * MINUTE)).toISOString();
    const lines: HistoryLine[] = [
      [
        new Date(clock).toISOString(),
        opened({ priority: pick(['P1', 'P2', 'P3']), channel: pick(['email', 'phone', 'portal']), service: pick(['vpn', 'erp']) }),
      ],
    ];
    const change = (minutes: number, what: TicketChange) => lines.push([later(minutes), what]);
    change(0, responseClock('in-progress'));
    change(0, resolutionClock('in-progress'));
    change(next() * 60, assigned('service-desk', 1, pick(['alice', 'bob'])));
    if (next() < 0.8) change(next() * 120, responseClock('completed', next() < 0.1));
    if (next() < 0.4) change(next() * 2880, escalated(pick(['network', 'apps']), 2));
    if (next() < 0.15) [assigned('service-desk', 1), assigned('network', 2)].forEach((move) => change(60, move));
    if (next() < 0.2) change(next() * 600, { kind: 'classified', priority: 'P1', category: 'hardware' });
    if (next() < 0.2) {
      change(next() * 60, onHold);
      change(next() * 20_000, resumed);
    }
    change(next() * 90, logged(5 + Math.floor(next() * 50)));
    if (next() < 0.2) change(next() * 9000, breached('resolution'));
    const fate = next();
    if (fate < 0.05) change(next() * 600, { kind: 'cancelled' });
    else if (fate < 0.9) {
      change(next() * 40_000, resolved(pick(['alice', 'bob'])));
      if (next() < 0.2) {
        change(next() * 30_000, reopened);
        change(next() * 600, resolved());
      }
      if (next() < 0.3) change(next() * 1440, rated(1 + Math.floor(next() * 5)));
      if (next() < 0.7) change(3 * 1440, { kind: 'closed' });
    }
    return lines.map(([at, what], n) => [at, n === 0 ? { ...what, reference: `INC-${i}` } : what] as HistoryLine);
  });
}

const factsOf = (id: string, lines: readonly HistoryLine[]): TicketFacts[] =>
  lines.reduce<TicketFacts[]>(
    (versions, [at, change], i) => [
      ...versions,
      evolveTicketFacts(versions.at(-1) ?? unknownTicket(id), { messageId: `${id}-${i}`, ticketId: id, at, change }),
    ],
    [],
  );

/** Aggregates kept as a projection keeps them: every version of every ticket replaces the one before. */
function aggregatesOf(versions: readonly TicketFacts[][], aggregates = new TenantAggregates()): TenantAggregates {
  for (const ticketVersions of versions) {
    let before: TicketContribution | null = null;
    for (const facts of ticketVersions) {
      if (before) aggregates.subtract(before);
      before = contributionOf(facts, EIGHT_TO_EIGHT.workingMs);
      if (before) aggregates.add(before);
    }
  }
  return aggregates;
}

const query = (overrides: Partial<ReportQuery>): ReportQuery => ({
  metrics: KPI_NAMES,
  groupBy: [],
  filters: {},
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-07-01T00:00:00.000Z',
  bucket: 'month',
  asOf: null,
  ...overrides,
});

describe('the analyst query from the KPI aggregates', () => {
  const versions = histories(600, 7).map((lines, i) => factsOf(`t-${i}`, lines));
  const tickets = versions.map((ticketVersions) => ticketVersions.at(-1)!);
  const aggregates = aggregatesOf(versions);
  const other = histories(200, 11).map((lines, i) => factsOf(`u-${i}`, lines));

  it.each([
    ['monthly, every KPI', query({})],
    ['monthly by priority', query({ groupBy: ['priority'] })],
    ['by group and tier over the whole range, no bucket', query({ groupBy: ['group', 'tier'], bucket: null })],
    [
      'filtered on channel and service, by closing category',
      query({ groupBy: ['closingCategory'], filters: { channel: ['email', 'phone'], service: ['vpn'] } }),
    ],
    ['filtered on a category only some tickets moved to', query({ groupBy: ['kind'], filters: { category: ['hardware'] }, from: '2026-03-01T00:00:00.000Z' })],
    [
      'a range that starts before the first ticket and ends after the last',
      query({ groupBy: ['priority'], from: '2025-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' }),
    ],
  ])('given tickets whose facts changed many times, then %s answers as the scan over the facts does', (_, q) => {
    expect(answersFromAggregates(q)).toBe(true);
    expect(evaluateAggregated(q, [{ tenantId: 'acme', aggregates, context: EIGHT_TO_EIGHT }])).toEqual(
      evaluateQuery(q, [{ tenantId: 'acme', tickets, context: EIGHT_TO_EIGHT }]),
    );
  });

  it('given a query read before further tickets changed, then the cells it rolled up are kept current and it still answers as the scan', () => {
    const kept = aggregatesOf(versions.slice(0, 300));
    const q = query({ groupBy: ['priority'], filters: { channel: ['email', 'phone'] } });
    evaluateAggregated(q, [{ tenantId: 'acme', aggregates: kept, context: EIGHT_TO_EIGHT }]);
    aggregatesOf(versions.slice(300), kept);
    expect(kept.rolledUpTo(['channel', 'priority'])).toBe(kept.rolledUpTo(['priority', 'channel']));
    expect(evaluateAggregated(q, [{ tenantId: 'acme', aggregates: kept, context: EIGHT_TO_EIGHT }])).toEqual(
      evaluateQuery(q, [{ tenantId: 'acme', tickets, context: EIGHT_TO_EIGHT }]),
    );
  });

  it('given two tenants, then each is answered with its own cells and they are never mixed', () => {
    const q = query({ groupBy: ['tenant', 'priority'], metrics: ['volume', 'backlog', 'cost_per_ticket', 'median_ttr_hours'] });
    const otherAggregates = aggregatesOf(other);
    const otherTickets = other.map((v) => v.at(-1)!);
    expect(
      evaluateAggregated(q, [
        { tenantId: 'acme', aggregates, context: EIGHT_TO_EIGHT },
        { tenantId: 'globex', aggregates: otherAggregates, context: EIGHT_TO_EIGHT },
      ]),
    ).toEqual(
      evaluateQuery(q, [
        { tenantId: 'acme', tickets, context: EIGHT_TO_EIGHT },
        { tenantId: 'globex', tickets: otherTickets, context: EIGHT_TO_EIGHT },
      ]),
    );
  });

  it('leaves to the facts what it cannot answer: as of an instant, by agent, part of a month, other buckets', () => {
    expect(answersFromAggregates(query({ asOf: '2026-03-01T00:00:00.000Z' }))).toBe(false);
    expect(answersFromAggregates(query({ groupBy: ['agent'] }))).toBe(false);
    expect(answersFromAggregates(query({ filters: { agent: ['alice'] } }))).toBe(false);
    expect(answersFromAggregates(query({ from: '2026-01-02T00:00:00.000Z' }))).toBe(false);
    expect(answersFromAggregates(query({ bucket: 'week' }))).toBe(false);
  });

  it('takes the median by selection, as sorting would', () => {
    const next = random(3);
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      const lists = [0, 1, 2].map(() => Array.from({ length: size }, () => Math.floor(next() * 50)));
      const sorted = lists.flat().sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      expect(medianOf(lists.map((list) => ({ resolveTimes: Float64Array.from([...list, -1]), resolveCount: list.length })))).toBe(
        sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2,
      );
    }
    expect(medianOf([{ resolveTimes: new Float64Array(4), resolveCount: 0 }])).toBeNull();
  });

  it("takes the median of one cell's resolve times from their sorted order, sorting again after each change", () => {
    const next = random(5);
    const cell = emptyCell();
    const added: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      for (let i = 0; i < 25 + round; i += 1) {
        added.push(Math.floor(next() * 40));
        changeResolveTimes(cell, added.at(-1)!, 1);
      }
      changeResolveTimes(cell, added.splice(Math.floor(next() * added.length), 1)[0]!, -1);
      const sorted = [...added].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const expected = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
      expect([medianOf([cell]), medianOf([cell])]).toEqual([expected, expected]);
    }
  });
});
