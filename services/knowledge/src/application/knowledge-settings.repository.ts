import { SettingsStream, streamName, ValidationFailed, type CommandContext, type EventStore, type IdGenerator, type SettingsWrite } from '@deskstream/kernel';
import { DEFAULT_HARVEST_RULES, type HarvestRules } from '../domain/harvest.workflow';
import { changeKnowledgeRules, DEFAULT_KNOWLEDGE_RULES, type KnowledgeRules } from '../domain/knowledge-rules';
import { SEARCH_LANGUAGES, type SearchLanguage } from './search/search-language';

export const SETTINGS_CATEGORY = 'kbsettings';
export const SETTINGS_EVENT = 'KnowledgeSettingsChanged';

export interface KnowledgeSettings {
  readonly rules: KnowledgeRules;
  /** The tenant's language: the search index stems words in it. */
  readonly language: SearchLanguage;
  /** How many similar resolutions within how many days propose a harvested draft. */
  readonly harvest: HarvestRules;
}

export const DEFAULT_KNOWLEDGE_SETTINGS: KnowledgeSettings = { rules: DEFAULT_KNOWLEDGE_RULES, language: 'english', harvest: DEFAULT_HARVEST_RULES };

function applyChange(current: KnowledgeSettings, change: Partial<KnowledgeSettings>): KnowledgeSettings {
  const { threshold, windowDays } = { ...current.harvest, ...change.harvest };
  if (!Number.isInteger(threshold) || threshold < 1 || !Number.isInteger(windowDays) || windowDays < 1) {
    throw new ValidationFailed([{ field: 'harvest', message: 'threshold and windowDays are whole numbers from 1' }]);
  }
  if (change.language !== undefined && !SEARCH_LANGUAGES.includes(change.language)) {
    throw new ValidationFailed([{ field: 'language', message: `must be one of ${SEARCH_LANGUAGES.join(', ')}` }]);
  }
  return {
    rules: change.rules ? changeKnowledgeRules(current.rules, change.rules) : current.rules,
    language: change.language ?? current.language,
    harvest: { ...DEFAULT_HARVEST_RULES, ...current.harvest, ...change.harvest },
  };
}

/** The tenant's knowledge rules and search language, as a stream of audited changes. */
export class KnowledgeSettingsRepository {
  private readonly stream: SettingsStream<KnowledgeSettings>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.stream = new SettingsStream(store, ids, {
      streamOf: (tenantId) => streamName(SETTINGS_CATEGORY, tenantId, 'settings'),
      eventType: SETTINGS_EVENT,
      defaults: DEFAULT_KNOWLEDGE_SETTINGS,
      apply: applyChange,
    });
  }

  /** Settings saved before a setting existed get its default. */
  async get(tenantId: string) {
    return { ...DEFAULT_KNOWLEDGE_SETTINGS, ...(await this.stream.get(tenantId)) };
  }

  get defaults(): KnowledgeSettings {
    return this.stream.defaults;
  }

  /** With the revision the client saw: a settings stream that has moved on since is a stale If-Match (412). */
  change(context: CommandContext, change: Partial<KnowledgeSettings>, occurredAt: string, expectedRevision?: number, write: SettingsWrite = 'merge') {
    return this.stream.change(context, change, occurredAt, expectedRevision, write);
  }
}
