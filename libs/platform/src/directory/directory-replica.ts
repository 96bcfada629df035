import {
  DIRECTORY_EVENT_KINDS,
  TOPICS,
  type DirectoryEntryKindV1,
  type DirectoryGroupV1,
  type DirectoryIntegrationEventType,
  type DirectoryUserV1,
} from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { IntegrationConsumer } from '../contributions/service-contributions';

/** One directory entry as a consuming service keeps it; id = `<kind>:<entry id>`. */
export interface ReplicatedEntry<Data = unknown> extends StoredDocument {
  readonly kind: DirectoryEntryKindV1;
  readonly entryId: string;
  readonly active: boolean;
  /** Users: their addresses as `|a|b|`, which a `$contains` look-up matches one whole address in. */
  readonly emailKey: string;
  readonly data: Data;
}

/** Which of the names asked about the directory knows (active), and whether it lists that kind at all. */
export interface NameCheck {
  /** False while the tenant's directory has no entry of this kind: there is nothing to check names against yet. */
  readonly listed: boolean;
  readonly known: readonly string[];
}

const addressKey = (email: string): string => `|${email.trim().toLowerCase()}|`;

/**
 * A service's own copy of the tenant directory, kept from the directory service's integration events
 * behind the service's inbox (each event carries the whole entry; its version guards the write), so
 * that the service checks names at its own edge without asking another service. Each consuming service
 * names its own consumer and collection.
 */
export class DirectoryReplica implements IntegrationConsumer {
  readonly topics = [TOPICS.directory];
  private readonly entries: DocumentCollection<ReplicatedEntry>;

  constructor(
    private readonly documents: DocumentStore,
    /** Consumer group and inbox, e.g. `incidents.directory`. */
    readonly name: string,
    private readonly collection: string,
  ) {
    this.entries = documents.collection<ReplicatedEntry>(collection);
  }

  ensureIndexes(): Promise<void> {
    return this.documents.ensureIndexes(this.collection, [['kind', 'active']]);
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const kind = DIRECTORY_EVENT_KINDS[event.type as DirectoryIntegrationEventType];
    if (!kind) return;
    const data = event.data as { id: string; active: boolean; version: number; emails?: readonly string[] };
    await this.entries.put({
      id: `${kind}:${data.id}`,
      tenantId: event.tenantid,
      position: data.version,
      kind,
      entryId: data.id,
      active: data.active,
      emailKey: data.emails ? `|${data.emails.join('|')}|` : '',
      data,
    });
  }

  /** For each kind asked about: whether the directory lists any, and which of the names are active entries. */
  async check(tenantId: string, kind: DirectoryEntryKindV1, names: readonly string[]): Promise<NameCheck> {
    const listed = (await this.entries.count(tenantId, { kind })) > 0;
    if (!listed || names.length === 0) return { listed, known: [] };
    const found = await Promise.all([...new Set(names)].map(async (name) => ((await this.active(tenantId, kind, name)) ? name : null)));
    return { listed, known: found.filter((name): name is string => name !== null) };
  }

  async user(tenantId: string, id: string): Promise<DirectoryUserV1 | null> {
    return (await this.active<DirectoryUserV1>(tenantId, 'user', id))?.data ?? null;
  }

  async group(tenantId: string, id: string): Promise<DirectoryGroupV1 | null> {
    return (await this.active<DirectoryGroupV1>(tenantId, 'group', id))?.data ?? null;
  }

  /** The active user an address belongs to (addresses compare case-insensitively). */
  async userByEmail(tenantId: string, email: string): Promise<DirectoryUserV1 | null> {
    const { items } = await this.entries.find(tenantId, { filter: { kind: 'user', active: true, emailKey: { $contains: addressKey(email) } }, limit: 1 });
    return (items[0]?.data as DirectoryUserV1 | undefined) ?? null;
  }

  /** The active groups the user is a member of, by id: an agent's "my groups" queue. */
  async groupsOf(tenantId: string, userId: string): Promise<string[]> {
    const groups: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.entries.find(tenantId, { filter: { kind: 'group', active: true }, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const entry of page.items) if ((entry.data as DirectoryGroupV1).members?.includes(userId)) groups.push(entry.entryId);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return groups.sort();
  }

  private async active<Data>(tenantId: string, kind: DirectoryEntryKindV1, id: string): Promise<ReplicatedEntry<Data> | null> {
    const entry = await this.entries.get(tenantId, `${kind}:${id}`);
    return entry?.active ? (entry as ReplicatedEntry<Data>) : null;
  }
}
