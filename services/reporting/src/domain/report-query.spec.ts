import { ValidationFailed } from '@deskstream/kernel';
import { bucketStarts, checkQuery, evaluateQuery, type ReportQuery } from './report-query';
import { assigned, EIGHT_TO_EIGHT, opened, resolved, ticket } from './ticket-histories.fixtures';

const query = (overrides: Partial<ReportQuery>): ReportQuery => ({
  metrics: ['volume'],
  groupBy: [],
  filters: {},
  from: '2026-03-02T00:00:00.000Z',
  to: '2026-03-05T00:00:00.000Z',
  bucket: null,
  asOf: null,
  ...overrides,
});

const day = (d: string, hhmm: string) => `2026-03-${d}T${hhmm}:00.000Z`;
const tickets = [
  ticket(
    'a',
    [day('02', '09:00'), opened({ priority: 'P1' })],
    [day('02', '09:10'), assigned('service-desk', 1)],
    [day('03', '09:10'), assigned('network', 2)],
    [day('04', '10:00'), resolved()],
  ),
  ticket('b', [day('03', '09:00'), opened({ priority: 'P3' })], [day('03', '10:00'), resolved()]),
];
const acme = [{ tenantId: 'acme', tickets, context: EIGHT_TO_EIGHT }];

describe('the analyst query over ticket facts', () => {
  it('given a ticket open over three days, then each daily bucket counts it in the backlog at its end until it is resolved', () => {
    const table = evaluateQuery(query({ metrics: ['volume', 'backlog', 'throughput'], bucket: 'day' }), acme);
    expect(table).toEqual({
      columns: ['bucket', 'volume', 'backlog', 'throughput'],
      rows: [
        ['2026-03-02T00:00:00.000Z', 1, 1, 0],
        ['2026-03-03T00:00:00.000Z', 1, 1, 1],
        ['2026-03-04T00:00:00.000Z', 0, 0, 1],
      ],
    });
  });

  it('given groupBy, then rows are sorted by the dimension values, and a bucket column follows them', () => {
    const table = evaluateQuery(query({ metrics: ['volume'], groupBy: ['priority'], bucket: 'week' }), acme);
    expect(table).toEqual({
      columns: ['priority', 'bucket', 'volume'],
      rows: [
        ['P1', '2026-03-02T00:00:00.000Z', 1],
        ['P3', '2026-03-02T00:00:00.000Z', 1],
      ],
    });
  });

  it('given asOf, then the group is the one the ticket sat in then, and later tickets are absent', () => {
    expect(evaluateQuery(query({ metrics: ['backlog'], groupBy: ['group'], asOf: day('02', '12:00') }), acme).rows).toEqual([['service-desk', 1]]);
    expect(evaluateQuery(query({ metrics: ['backlog'], groupBy: ['group'], asOf: day('03', '12:00') }), acme).rows).toEqual([
      [null, 0],
      ['network', 1],
    ]);
  });

  it('given filters, then only matching tickets count', () => {
    expect(evaluateQuery(query({ metrics: ['volume'], filters: { priority: ['P3'] } }), acme).rows).toEqual([[1]]);
  });

  it('names each bad metric, dimension and filter', () => {
    expect(() => checkQuery(query({ metrics: ['volume', 'joy'], groupBy: ['tenant'], filters: { colour: ['red'] } }), { enterprise: false })).toThrow(
      ValidationFailed,
    );
    try {
      checkQuery(query({ metrics: ['joy'], groupBy: ['tenant'], filters: { colour: ['red'] } }), { enterprise: false });
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual(['metrics[0]', 'groupBy[0]', 'filters.colour']);
    }
    expect(() => checkQuery(query({ groupBy: ['tenant'] }), { enterprise: true })).not.toThrow();
    expect(() => checkQuery(query({ groupBy: ['agent'] }), { enterprise: false })).not.toThrow();
    expect(() => checkQuery(query({ groupBy: ['agent'] }), { enterprise: true })).toThrow(/names people of other tenants/);
    expect(() => checkQuery(query({ bucket: 'hour', from: '2020-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' }), { enterprise: false })).toThrow(
      ValidationFailed,
    );
  });

  it('buckets in UTC: weeks start on Monday, months on the first', () => {
    expect(bucketStarts('week', '2026-03-04T10:00:00.000Z', '2026-03-10T00:00:00.000Z')).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z']);
    expect(bucketStarts('month', '2026-01-31T10:00:00.000Z', '2026-03-01T00:00:00.000Z')).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });
});
