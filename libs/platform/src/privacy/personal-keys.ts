import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '@deskstream/kernel';
import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { PersonalKey } from './personal-data';

export const PERSONAL_KEYS_COLLECTION = 'personal-keys';
/** Sealing keys remembered per process (the oldest goes first): the people active on the desk at once. */
const SEALING_KEYS_KEPT = 10_000;

const sealingKey = (tenantId: string, person: string) => `${tenantId}\u0000${person}`;

interface PersonalKeyDocument extends StoredDocument {
  readonly keyId: string;
  readonly secret: string;
  /** When the key was made (absent on keys made before it was kept). */
  readonly createdAt?: string;
}

/**
 * One key per person of a tenant, kept outside the event store: erasing a person deletes the key, and
 * with it every personal field sealed with it, without rewriting a single event. A person seen again
 * after erasure gets a new key; what was sealed with the old one stays unreadable. Keys that open
 * data are read from the store each time (no copy in memory), so an erasure holds at once in every
 * process. Keys that seal are remembered (the create path seals every ticket's opening): a process
 * that has not seen an erasure made elsewhere seals with the deleted key, and what it sealed reads as
 * erased, never in the clear.
 */
export class PersonalKeys {
  private readonly sealing = new Map<string, PersonalKey>();
  private erasures = 0;

  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The person's key, created on first use; of two writers racing, the first key stored is the person's. */
  async keyOf(tenantId: string, person: string): Promise<PersonalKey> {
    const remembered = this.sealing.get(sealingKey(tenantId, person));
    if (remembered) return remembered;
    const found = (await this.find(tenantId, person)) ?? (await this.create(tenantId, person));
    this.remember(tenantId, person, found);
    return found;
  }

  /** The person's key, or null when they have none (never seen, or erased). */
  async find(tenantId: string, person: string): Promise<PersonalKey | null> {
    const doc = await this.collection().get(tenantId, person);
    return doc ? { id: doc.keyId, secret: createSecretKey(Buffer.from(doc.secret, 'base64')) } : null;
  }

  /**
   * Deletes the person's key: from now on their personal fields read as erased, here and in every export.
   * Given the time of an erasure recorded elsewhere (announced on the bus, perhaps replayed long after),
   * a key made since then is kept: it is the key of the person seen again, not the one erased.
   */
  async erase(tenantId: string, person: string, erasedAt?: string): Promise<void> {
    if (erasedAt !== undefined) {
      const made = (await this.collection().get(tenantId, person))?.createdAt;
      if (made !== undefined && made > erasedAt) return;
    }
    this.sealing.delete(sealingKey(tenantId, person));
    await this.collection().delete(tenantId, person, Number.MAX_SAFE_INTEGER);
    this.erasures += 1;
  }

  /** Erasures made through this process so far: what was opened before the last one is not to be reused. */
  erasureCount(): number {
    return this.erasures;
  }

  /** Drops the sealing keys remembered: the next seal of each person reads their key from the store. */
  forgetSealingKeys(): void {
    this.sealing.clear();
  }

  /** Deletes the keys of every person of a deleted tenant: its history's personal data is unreadable from then on. */
  async eraseTenant(tenantId: string): Promise<void> {
    for (;;) {
      const { items } = await this.collection().find(tenantId, { limit: 500 });
      if (items.length === 0) return;
      await Promise.all(items.map((doc) => this.erase(tenantId, doc.id)));
    }
  }

  private async create(tenantId: string, person: string): Promise<PersonalKey> {
    const secret = randomBytes(32).toString('base64');
    await this.collection().put({ id: person, tenantId, position: 1, keyId: randomUUID(), secret, createdAt: this.clock.now().toISOString() });
    return (await this.find(tenantId, person))!;
  }

  private remember(tenantId: string, person: string, key: PersonalKey): void {
    if (this.sealing.size >= SEALING_KEYS_KEPT) this.sealing.delete(this.sealing.keys().next().value!);
    this.sealing.set(sealingKey(tenantId, person), key);
  }

  private collection() {
    return this.documents.collection<PersonalKeyDocument>(PERSONAL_KEYS_COLLECTION);
  }
}
