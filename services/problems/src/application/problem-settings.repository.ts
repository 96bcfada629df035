import { SettingsStream, streamName, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { changeProblemSettings, DEFAULT_PROBLEM_SETTINGS, type ProblemSettings } from '../domain/problem-settings';
import { SETTINGS_CATEGORY } from './problem-streams';

export class ProblemSettingsRepository extends SettingsStream<ProblemSettings> {
  constructor(store: EventStore, ids: IdGenerator) {
    super(store, ids, {
      streamOf: (tenantId) => streamName(SETTINGS_CATEGORY, tenantId, 'current'),
      eventType: 'ProblemSettingsChanged',
      defaults: DEFAULT_PROBLEM_SETTINGS,
      apply: changeProblemSettings,
    });
  }
}
