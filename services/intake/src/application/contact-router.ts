import AhoCorasick from 'modern-ahocorasick';
import { keywordsOf, route, type Contact, type KeywordSearch, type Routing, type RoutingRule, type RuleSet } from '../domain/routing.rules';
import type { IntakeSettingsRepository, VersionedIntakeSettings } from './intake-settings.repository';

/** Channels without a form have no defaults of their own: what no rule sets is left to the opener. */
const NO_DEFAULTS = { values: { category: null, group: null, impact: null, urgency: null }, origin: 'no rule' };
/** Compiled rule sets kept, one per tenant; the least recently compiled goes first. */
const MAX_KEPT = 1000;

const NOTHING_FOUND: KeywordSearch = { found: () => new Set() };

/**
 * All of the rules' keywords in one Aho-Corasick automaton: one pass over a text finds every keyword
 * in it, so a tenant's thousand keywords cost what one does, where a search per keyword would not.
 */
export function compileRules(rules: readonly RoutingRule[]): RuleSet {
  const keywords = keywordsOf(rules);
  if (keywords.length === 0) return { rules, keywords: NOTHING_FOUND };
  const matcher = new AhoCorasick(keywords);
  const found = (text: string): ReadonlySet<string> => {
    const counts = matcher.countByPattern(text);
    return new Set(keywords.filter((_, i) => counts[i]! > 0));
  };
  return { rules, keywords: { found } };
}

/**
 * Routes contacts by their tenant's rules, and only their tenant's: each tenant's rules are compiled
 * once per revision of its intake settings, for every channel of the process.
 */
export class ContactRouter {
  private readonly compiled = new Map<string, { readonly revision: number; readonly ruleSet: RuleSet }>();

  constructor(private readonly settings: IntakeSettingsRepository) {}

  /** The tenant's rules as of the settings read. */
  ruleSet(tenantId: string, settings: VersionedIntakeSettings): RuleSet {
    const kept = this.compiled.get(tenantId);
    if (kept && kept.revision === settings.revision) return kept.ruleSet;
    const ruleSet = compileRules(settings.classificationRules);
    this.compiled.delete(tenantId);
    this.compiled.set(tenantId, { revision: settings.revision, ruleSet });
    if (this.compiled.size > MAX_KEPT) this.compiled.delete(this.compiled.keys().next().value!);
    return ruleSet;
  }

  /** A contact of a channel without a form (mail, chat), by the tenant's current rules. */
  async route(tenantId: string, contact: Contact): Promise<Routing> {
    return route(contact, this.ruleSet(tenantId, await this.settings.get(tenantId)), NO_DEFAULTS);
  }
}
