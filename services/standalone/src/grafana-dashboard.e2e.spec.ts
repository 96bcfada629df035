import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESK_METRIC_NAMES } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from './standalone-test-app';

const DASHBOARD = join(__dirname, '../../../deploy/grafana/deskstream-desk.json');

/** Words of PromQL that are not metric names: aggregation modifiers, set operators, and the like. */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'and', 'or', 'unless', 'inf', 'nan']);

/** Every `expr` in the dashboard, however deeply its panels nest. */
function exprsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(exprsOf);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'expr' && typeof value === 'string' ? [value] : exprsOf(value)));
}

/** The metric names a PromQL expression selects: identifiers that are neither functions, label names, durations nor keywords. */
export function metricNamesIn(expr: string): string[] {
  const selectors = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = [...selectors.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*\b(?!\s*\()/g)]
    .map((match) => match[0])
    .filter((word) => !KEYWORDS.has(word.toLowerCase()) && !/^\$/.test(word));
  return [...new Set(names)];
}

/**
 * The metric names a scrape exposes: each sample's name and each family its TYPE lines declare, a
 * histogram with its series (a family may have no sample yet).
 */
function exposedNames(scrape: string): Set<string> {
  const names = new Set<string>();
  for (const line of scrape.split('\n')) {
    const declared = /^# TYPE (\S+) (\S+)/.exec(line);
    if (declared) {
      const [, family, type] = declared;
      for (const suffix of type === 'histogram' ? ['_bucket', '_sum', '_count'] : ['']) names.add(`${family}${suffix}`);
    } else if (line && !line.startsWith('#')) names.add(/^[^{\s]+/.exec(line)![0]);
  }
  return names;
}

describe('the Grafana dashboard deploy/grafana/deskstream-desk.json', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as unknown;
  const used = [...new Set(exprsOf(dashboard).flatMap(metricNamesIn))].sort();
  let kit: StandaloneTestApp;
  beforeAll(async () => (kit = await startStandaloneApp('grafana-dashboard')), 60_000);
  afterAll(() => kit?.close());

  it('reads metric names out of PromQL the way Prometheus would', () => {
    expect(
      metricNamesIn('histogram_quantile(0.95, sum by (le, route) (rate(deskstream_http_request_duration_seconds_bucket{route!~"/health.*"}[5m])))'),
    ).toEqual(['deskstream_http_request_duration_seconds_bucket']);
    expect(metricNamesIn('sum(increase(a_total{tenant=~"$tenant"}[24h])) / on (tenant) b_total')).toEqual(['a_total', 'b_total']);
  });

  it('queries only metrics that a running app exposes at /metrics, the desk figures among them', async () => {
    const exposed = exposedNames(await (await fetch(`${kit.base}/metrics`)).text());
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !exposed.has(name))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining([...DESK_METRIC_NAMES, 'deskstream_projection_lag_events', 'deskstream_http_request_duration_seconds_bucket']));
  });
});
