import type { FieldError } from '@deskstream/kernel';
import { CHANNELS, isLevel, levelErrors, textErrors } from './intake-levels';
import { keywordsOf, ROUTING_CONDITIONS, ROUTING_LIMITS, type RoutingRule } from './routing.rules';

const OUTCOMES = ['category', 'group', 'impact', 'urgency', 'requestType'];
const { rules: MAX_RULES, keywords: MAX_KEYWORDS, keywordsInAll: MAX_ALL_KEYWORDS, keywordLength: MAX_KEYWORD, valueLength: MAX_VALUE } = ROUTING_LIMITS;

const unknownKeys = (at: string, value: object, known: readonly string[], what: string): FieldError[] =>
  Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: `${at}/${key}`, message: `${key} is not a ${what}; known: ${known.join(', ')}` }));

function keywordErrors(at: string, keywords: unknown): FieldError[] {
  if (keywords === undefined) return [];
  const field = `${at}/keywords`;
  if (!Array.isArray(keywords) || keywords.length === 0 || keywords.some((k) => typeof k !== 'string' || !k.trim())) {
    return [{ field, message: 'keywords must list non-empty words' }];
  }
  if (keywords.length > MAX_KEYWORDS) return [{ field, message: `at most ${MAX_KEYWORDS} keywords a rule` }];
  return keywords.some((k: string) => k.length > MAX_KEYWORD) ? [{ field, message: `a keyword has at most ${MAX_KEYWORD} characters` }] : [];
}

function conditionErrors(at: string, when: RoutingRule['when']): FieldError[] {
  const errors = unknownKeys(at, when, ROUTING_CONDITIONS, 'condition');
  if (Object.keys(when).length === 0) errors.push({ field: at, message: 'a rule needs at least one condition' });
  if (when.equals !== undefined && when.field === undefined) errors.push({ field: `${at}/field`, message: 'equals needs a field' });
  errors.push(...keywordErrors(at, when.keywords));
  for (const name of ['requestType', 'field', 'senderDomain', 'mailbox', 'service'] as const) {
    if (when[name] !== undefined) errors.push(...textErrors(`${at}/${name}`, when[name], MAX_VALUE));
  }
  const { channels, alertLabel } = when;
  if (channels !== undefined && (!Array.isArray(channels) || channels.length === 0 || channels.some((c) => !CHANNELS.includes(c)))) {
    errors.push({ field: `${at}/channels`, message: `channels must list some of ${CHANNELS.join(', ')}` });
  }
  if (alertLabel !== undefined) {
    const label = typeof alertLabel === 'object' && alertLabel !== null ? alertLabel : ({} as Record<string, unknown>);
    errors.push(...textErrors(`${at}/alertLabel/name`, label.name, MAX_VALUE), ...textErrors(`${at}/alertLabel/equals`, label.equals, MAX_VALUE));
  }
  return errors;
}

function outcomeErrors(at: string, then: RoutingRule['then']): FieldError[] {
  const errors = unknownKeys(at, then, OUTCOMES, 'routed attribute');
  if (Object.keys(then).length === 0) errors.push({ field: at, message: 'a rule must set something' });
  for (const attribute of ['impact', 'urgency'] as const) {
    if (then[attribute] !== undefined && !isLevel(then[attribute])) errors.push(...levelErrors(`${at}/${attribute}`, then[attribute]));
  }
  // A ticket's priority needs both: a rule that set one alone would leave a mail or chat ticket half-classified.
  if ((then.impact === undefined) !== (then.urgency === undefined)) {
    errors.push({ field: `${at}/${then.impact === undefined ? 'impact' : 'urgency'}`, message: 'impact and urgency go together' });
  }
  for (const name of ['category', 'group', 'requestType'] as const) {
    if (then[name] !== undefined) errors.push(...textErrors(`${at}/${name}`, then[name], MAX_VALUE));
  }
  return errors;
}

/** Why a tenant's rules cannot be applied, naming each bad field; also refuses more rules than one contact may cost. */
export function ruleErrors(rules: readonly RoutingRule[]): FieldError[] {
  if (rules.length > MAX_RULES) return [{ field: 'classificationRules', message: `at most ${MAX_RULES} rules a tenant` }];
  const errors = rules.flatMap((rule, i) => {
    const at = `classificationRules/${i}`;
    const when = rule.when && typeof rule.when === 'object' ? rule.when : {};
    const then = rule.then && typeof rule.then === 'object' ? rule.then : {};
    return [...textErrors(`${at}/name`, rule.name, 100), ...conditionErrors(`${at}/when`, when), ...outcomeErrors(`${at}/then`, then)];
  });
  if (errors.length === 0 && keywordsOf(rules).length > MAX_ALL_KEYWORDS) {
    errors.push({ field: 'classificationRules', message: `at most ${MAX_ALL_KEYWORDS} different keywords in all a tenant's rules` });
  }
  return errors;
}
