import { randomBytes, randomUUID } from 'node:crypto';
import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { PersonalKey } from './personal-data';

export const PERSONAL_KEYS_COLLECTION = 'personal-keys';

interface PersonalKeyDocument extends StoredDocument {
  readonly keyId: string;
  readonly secret: string;
}

/**
 * One key per person of a tenant, kept outside the event store: erasing a person deletes the key, and
 * with it every personal field sealed with it, without rewriting a single event. A person seen again
 * after erasure gets a new key; what was sealed with the old one stays unreadable. Keys are read from
 * the store each time (no copy in memory), so an erasure holds at once in every process.
 */
export class PersonalKeys {
  constructor(private readonly documents: DocumentStore) {}

  /** The person's key, created on first use; of two writers racing, the first key stored is the person's. */
  async keyOf(tenantId: string, person: string): Promise<PersonalKey> {
    const found = await this.find(tenantId, person);
    if (found) return found;
    const secret = randomBytes(32).toString('base64');
    await this.collection().put({ id: person, tenantId, position: 1, keyId: randomUUID(), secret });
    return (await this.find(tenantId, person))!;
  }

  /** The person's key, or null when they have none (never seen, or erased). */
  async find(tenantId: string, person: string): Promise<PersonalKey | null> {
    const doc = await this.collection().get(tenantId, person);
    return doc ? { id: doc.keyId, secret: Buffer.from(doc.secret, 'base64') } : null;
  }

  /** Deletes the person's key: from now on their personal fields read as erased, here and in every export. */
  async erase(tenantId: string, person: string): Promise<void> {
    await this.collection().delete(tenantId, person, Number.MAX_SAFE_INTEGER);
  }

  /** Deletes the keys of every person of a deleted tenant: its history's personal data is unreadable from then on. */
  async eraseTenant(tenantId: string): Promise<void> {
    for (;;) {
      const { items } = await this.collection().find(tenantId, { limit: 500 });
      if (items.length === 0) return;
      await Promise.all(items.map((doc) => this.erase(tenantId, doc.id)));
    }
  }

  private collection() {
    return this.documents.collection<PersonalKeyDocument>(PERSONAL_KEYS_COLLECTION);
  }
}
