import { seriesOf, toCsv, type ReportResult } from './reporting-query';

const volume: ReportResult = {
  columns: ['channel', 'bucket', 'volume'],
  rows: [
    ['portal', '2026-12-01', 3],
    ['email', '2026-12-01', 1],
    ['portal', '2026-12-02', 2],
  ],
};

describe('reporting results as charts and CSV', () => {
  it('makes one series per value of the grouping, with zero where a bucket has no row', () => {
    expect(seriesOf(volume, 'bucket', ['volume'], 'channel')).toEqual({
      categories: ['2026-12-01', '2026-12-02'],
      series: [
        { name: 'portal', data: [3, 2] },
        { name: 'email', data: [1, 0] },
      ],
    });
  });

  it('makes one series per metric without a grouping', () => {
    const rates: ReportResult = { columns: ['bucket', 'reopen_rate', 'reassignment_rate'], rows: [['2026-W48', 0.1, 0.25]] };
    expect(seriesOf(rates, 'bucket', ['reopen_rate', 'reassignment_rate']).series).toEqual([
      { name: 'reopen_rate', data: [0.1] },
      { name: 'reassignment_rate', data: [0.25] },
    ]);
  });

  it('leaves a gap where a KPI has nothing to measure, rather than a zero', () => {
    const compliance: ReportResult = {
      columns: ['bucket', 'sla_compliance'],
      rows: [
        ['2026-W47', null],
        ['2026-W48', 100],
      ],
    };
    expect(seriesOf(compliance, 'bucket', ['sla_compliance']).series).toEqual([{ name: 'sla_compliance', data: [null, 100] }]);
  });

  it('labels buckets that start at midnight UTC by their date, and hours by their instant', () => {
    const days: ReportResult = {
      columns: ['bucket', 'volume'],
      rows: [
        ['2026-11-30T00:00:00.000Z', 2],
        ['2026-12-01T13:00:00.000Z', 1],
      ],
    };
    expect(seriesOf(days, 'bucket', ['volume']).categories).toEqual(['2026-11-30', '2026-12-01T13:00:00.000Z']);
  });

  it('writes the columns and rows as CSV, quoting what needs it', () => {
    const result: ReportResult = {
      columns: ['service', 'volume'],
      rows: [
        ['mail, "relay"', 4],
        [null, 0],
      ],
    };
    expect(toCsv(result)).toBe('service,volume\n"mail, ""relay""",4\n,0\n');
  });
});
