import type { Channel, Level } from './intake-levels';

/**
 * What a tenant's routing conditions look at, whatever the channel: the portal's form fields, a
 * mail's subject and text, a chat's conversation, an alert's texts and labels. A channel sets only
 * what it has; a condition on something the contact does not have does not hold.
 */
export interface Contact {
  readonly channel: Channel;
  /** The form (portal, phone, API) or the desk's request type (email); none on chat and alerts. */
  readonly requestType: string | null;
  /** Named texts: a form's fields, or the channel's own (shortDescription, description, ...). */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly senderDomain: string | null;
  /** The desk address a mail was sent to. */
  readonly mailbox: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly service: string | null;
}

/**
 * The conditions of a rule; every one given must hold. Matching is plain comparison and substring
 * search, never a pattern a tenant writes: one tenant's rules cannot make another tenant's intake slow.
 */
export interface RoutingConditions {
  readonly requestType?: string;
  readonly channels?: readonly Channel[];
  readonly field?: string;
  readonly equals?: string | number | boolean;
  readonly keywords?: readonly string[];
  /** The sender's mail domain, or a parent of it: `acme.example` holds for `eu.acme.example`. */
  readonly senderDomain?: string;
  readonly mailbox?: string;
  readonly alertLabel?: { readonly name: string; readonly equals: string };
  readonly service?: string;
}

export const ROUTING_CONDITIONS = [
  'requestType',
  'channels',
  'field',
  'equals',
  'keywords',
  'senderDomain',
  'mailbox',
  'alertLabel',
  'service',
] as const satisfies readonly (keyof RoutingConditions)[];

/**
 * Bounds on what a tenant configures and on what one contact costs to match: keywords are looked for
 * all at once (one pass over the text, see KeywordSearch), in at most `searchedText` characters.
 */
export const ROUTING_LIMITS = {
  rules: 100,
  keywords: 20,
  keywordsInAll: 1000,
  keywordLength: 50,
  valueLength: 200,
  searchedText: 20_000,
} as const;

/** Which of a rule set's keywords (lower-cased) occur in a lower-cased text: one pass, whatever their number. */
export interface KeywordSearch {
  readonly found: (text: string) => ReadonlySet<string>;
}

/** A tenant's rules in order, with the search for all their keywords, built once per version of the rules. */
export interface RuleSet {
  readonly rules: readonly RoutingRule[];
  readonly keywords: KeywordSearch;
}

/** Every keyword of the rules, lower-cased, once: what a KeywordSearch is built from. */
export const keywordsOf = (rules: readonly RoutingRule[]): string[] => [
  ...new Set(rules.flatMap((rule) => rule.when.keywords ?? []).map((k) => k.toLowerCase())),
];

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}

/** The lower-cased text keywords are looked for in: a field's, or every field's; only its first part is searched. */
function searchedText(contact: Contact, field: string | undefined): string {
  return textOf(field === undefined ? contact.fields : contact.fields[field])
    .slice(0, ROUTING_LIMITS.searchedText)
    .toLowerCase();
}

/** The keywords found in each searched text of one contact, each text searched once. */
type FoundIn = (field: string | undefined) => ReadonlySet<string>;

function foundIn(contact: Contact, search: KeywordSearch): FoundIn {
  const found = new Map<string | undefined, ReadonlySet<string>>();
  return (field) => {
    if (!found.has(field)) found.set(field, search.found(searchedText(contact, field)));
    return found.get(field)!;
  };
}

const sameText = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.trim().toLowerCase();

function inDomain(senderDomain: string | null, domain: string): boolean {
  if (senderDomain === null) return false;
  const sender = senderDomain.toLowerCase();
  const wanted = domain.trim().toLowerCase().replace(/^@/, '');
  return sender === wanted || sender.endsWith(`.${wanted}`);
}

/** Whether every condition given holds for the contact. */
function conditionsHold(when: RoutingConditions, contact: Contact, found: FoundIn): boolean {
  if (when.requestType !== undefined && when.requestType !== contact.requestType) return false;
  if (when.channels !== undefined && !when.channels.includes(contact.channel)) return false;
  if (when.equals !== undefined && (when.field === undefined || contact.fields[when.field] !== when.equals)) return false;
  if (when.senderDomain !== undefined && !inDomain(contact.senderDomain, when.senderDomain)) return false;
  if (when.mailbox !== undefined && !sameText(contact.mailbox, when.mailbox)) return false;
  if (when.service !== undefined && !sameText(contact.service, when.service)) return false;
  if (when.alertLabel !== undefined && contact.labels[when.alertLabel.name] !== when.alertLabel.equals) return false;
  if (when.keywords !== undefined) {
    const words = found(when.field);
    if (!when.keywords.some((keyword) => words.has(keyword.toLowerCase()))) return false;
  }
  return true;
}

/** The rules that hold for the contact, in the tenant's order, of those `wanted` keeps. */
export function holdingRules(contact: Contact, ruleSet: RuleSet, wanted: (rule: RoutingRule) => boolean = () => true): RoutingRule[] {
  const found = foundIn(contact, ruleSet.keywords);
  return ruleSet.rules.filter((rule) => wanted(rule) && conditionsHold(rule.when, contact, found));
}

export type RoutedAttribute = 'category' | 'group' | 'impact' | 'urgency';

export interface RoutingDecision {
  readonly attribute: RoutedAttribute | 'requestType';
  readonly value: string | number | null;
  /** The rule's name, or where the value came from when no rule decided (`default of <request type>`, the channel). */
  readonly rule: string;
}

/** What the rules route a contact to; null where neither a rule nor the channel's default says. */
export interface Routing {
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: Level | null;
  readonly urgency: Level | null;
  readonly decisions: readonly RoutingDecision[];
}

export interface RoutingRule {
  readonly name: string;
  readonly when: RoutingConditions;
  readonly then: Partial<Record<RoutedAttribute, string | Level>> & { readonly requestType?: string };
}

export interface RoutingDefaults {
  readonly values: { readonly category: string | null; readonly group: string | null; readonly impact: Level | null; readonly urgency: Level | null };
  /** Named in the decisions a default makes. */
  readonly origin: string;
}

const ATTRIBUTES: readonly RoutedAttribute[] = ['category', 'group', 'impact', 'urgency'];

/**
 * Routes one contact: each attribute is set by the first rule (in the tenant's order) that holds and
 * sets it, else by the default. Each rule is matched once, whatever the number of attributes.
 */
export function route(contact: Contact, ruleSet: RuleSet, defaults: RoutingDefaults): Routing {
  const holding = holdingRules(contact, ruleSet, (rule) => ATTRIBUTES.some((a) => rule.then[a] !== undefined));
  const decisions = ATTRIBUTES.map((attribute): RoutingDecision => {
    const rule = holding.find((r) => r.then[attribute] !== undefined);
    return rule ? { attribute, value: rule.then[attribute]!, rule: rule.name } : { attribute, value: defaults.values[attribute], rule: defaults.origin };
  });
  const value = (attribute: RoutedAttribute) => decisions.find((d) => d.attribute === attribute)!.value;
  return {
    category: value('category') as string | null,
    group: value('group') as string | null,
    impact: value('impact') as Level | null,
    urgency: value('urgency') as Level | null,
    decisions,
  };
}
