import { DEFAULT_CLOSING_CATEGORIES, INCIDENT_SETTINGS_EVENTS, TOPICS, type DeskSettingsChangedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';

export const DESK_SETTINGS_COLLECTION = 'intake-desk-settings';

interface KnownDeskSettings extends StoredDocument {
  readonly closingCategories: readonly string[];
}

/**
 * The incidents desk's settings that intake checks at its own edge (a chat resolved at first contact
 * must name a closing category the desk accepts), copied from the incidents service's integration
 * events. A tenant that never changed them has the published defaults.
 */
export class DeskSettings {
  readonly name = 'intake.desk-settings';
  readonly topics = [TOPICS.incidentSettings];
  private readonly settings: DocumentCollection<KnownDeskSettings>;

  constructor(documents: DocumentStore) {
    this.settings = documents.collection<KnownDeskSettings>(DESK_SETTINGS_COLLECTION);
  }

  async closingCategories(tenantId: string): Promise<readonly string[]> {
    return (await this.settings.get(tenantId, 'desk'))?.closingCategories ?? DEFAULT_CLOSING_CATEGORIES;
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event, offset } = message;
    if (event.type !== INCIDENT_SETTINGS_EVENTS.changed) return;
    const { closingCategories } = event.data as DeskSettingsChangedV1;
    await this.settings.put({ id: 'desk', tenantId: event.tenantid, position: offset + 1, closingCategories });
  }
}
