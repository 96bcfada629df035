import { compileRules } from '../services/intake/src/application/contact-router';
import { mailContact } from '../services/intake/src/domain/mail.rules';
import { keywordsOf, route, ROUTING_LIMITS, type RoutingRule } from '../services/intake/src/domain/routing.rules';
import { elapsedSeconds, percentile, round, type BenchResult } from './bench-kit';

const RUNS = 200;
const NONE = { values: { category: null, group: null, impact: null, urgency: null }, origin: 'no rule' };
const { rules: RULES, keywords: PER_RULE, keywordsInAll: ALL, keywordLength: LENGTH, searchedText: SEARCHED } = ROUTING_LIMITS;

/**
 * The most a tenant may save: as many rules as allowed, as many of the longest keywords in all as
 * allowed (near misses of the text below, none found), the other rules on the sender's domain.
 */
function largestRuleSet(): RoutingRule[] {
  return Array.from({ length: RULES }, (_, r): RoutingRule => {
    if (r >= ALL / PER_RULE) return { name: `rule ${r}`, when: { senderDomain: `partner-${r}.example` }, then: { group: `group-${r}` } };
    const keywords = Array.from({ length: PER_RULE }, (_, k) => `${'a'.repeat(LENGTH - 6)}${String(r * PER_RULE + k).padStart(6, '0')}`);
    return { name: `rule ${r}`, when: { keywords }, then: { group: `group-${r}` } };
  });
}

function timed(runs: number, run: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    run();
    times.push(elapsedSeconds(start) * 1000);
  }
  return times.sort((a, b) => a - b);
}

/** Milliseconds to route one mail against the largest rule set (p99 of RUNS), with a search per keyword as the baseline. */
function largestRuleSetMail(): BenchResult[] {
  const rules = largestRuleSet();
  const text = 'a'.repeat(SEARCHED * 2);
  const contact = mailContact('sender@customer.example', { address: 'it@acme.example', requestType: 'something is broken' }, 'Subject', text);
  const compileMs = timed(1, () => compileRules(rules))[0]!;
  const ruleSet = compileRules(rules);
  const routeOnce = () => {
    if (route(contact, ruleSet, NONE).group !== null) throw new Error('a near miss matched');
  };
  timed(20, routeOnce); // warm-up: the JIT, not the search, is what the first runs measure
  const times = timed(RUNS, routeOnce);
  const searched = text.slice(0, SEARCHED);
  const keywords = keywordsOf(rules);
  const perKeyword = timed(20, () => keywords.some((keyword) => searched.includes(keyword)));
  const shape = `${RULES} rules, ${keywords.length} keywords of ${LENGTH} characters in all, none found`;
  return [
    {
      name: 'routing: one mail against the largest rule set a tenant may save (p99)',
      value: round(percentile(times, 99), 2),
      unit: 'ms',
      target: { op: '<', value: 20 },
      baseline: { name: 'a search per keyword (p50)', value: round(percentile(perKeyword, 50), 2), unit: 'ms' },
      notes: `${shape}; ${SEARCHED.toLocaleString('en')} characters searched of ${text.length.toLocaleString('en')}; p50 ${round(percentile(times, 50), 2)} ms; compiled once per rules revision in ${round(compileMs)} ms; ${RUNS} runs`,
    },
  ];
}

export async function routingBenchmarks(): Promise<BenchResult[]> {
  return largestRuleSetMail();
}
