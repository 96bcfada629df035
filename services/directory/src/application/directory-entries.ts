import { IANAZone } from 'luxon';
import {
  commandHandler,
  ConcurrencyConflict,
  NotFound,
  PreconditionFailed,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import type { DocumentCollection, DocumentStore, Page } from '@deskstream/readmodels';
import { directoryEntryDecider, kindName } from '../domain/directory-entry.decider';
import type { DirectoryEntryCommand } from '../domain/directory-entry.events';
import { assignableMembers, type AssignableMember } from '../domain/group-members.rules';
import { namesIn, type DirectoryEntry, type EntryAttributes, type EntryKind, type EntryLookups } from '../domain/directory-entry.model';
import { DIRECTORY_ENTRIES_COLLECTION, type DirectoryEntryDocument } from './directory-entries.projection';
import { entryStream } from './directory-streams';

export interface EntryView {
  readonly id: string;
  readonly kind: EntryKind;
  readonly version: number;
  /** Stream revision: the ETag, sent back as If-Match. */
  readonly revision: number;
  readonly attributes: EntryAttributes;
}

export interface EntryListOptions {
  readonly active?: boolean;
  readonly q?: string;
  readonly limit: number;
  readonly cursor?: string;
}

/** Users, groups, services, configuration items and locations of a tenant: registered, revised, read. */
export class DirectoryEntries {
  private readonly handler;
  private readonly entries: DocumentCollection<DirectoryEntryDocument>;

  constructor(
    store: EventStore,
    documents: DocumentStore,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.handler = commandHandler(directoryEntryDecider, { store, clock, ids });
    this.entries = documents.collection<DirectoryEntryDocument>(DIRECTORY_ENTRIES_COLLECTION);
  }

  async register(context: CommandContext, id: string, attributes: EntryAttributes): Promise<EntryView> {
    const lookups = await this.lookups(context.tenantId, attributes);
    return this.run(context, attributes.kind, id, { type: 'RegisterEntry', data: { id, attributes, lookups, by: context.actor, at: this.now() } });
  }

  async revise(context: CommandContext, id: string, attributes: EntryAttributes, expectedRevision?: number): Promise<EntryView> {
    const lookups = await this.lookups(context.tenantId, attributes);
    return this.run(
      context,
      attributes.kind,
      id,
      { type: 'ReviseEntry', data: { id, attributes, lookups, by: context.actor, at: this.now() } },
      expectedRevision,
    );
  }

  /** The user's entry as erased (placeholders, inactive); erasing one already erased changes nothing. */
  async eraseUser(context: CommandContext, id: string): Promise<EntryView> {
    return this.run(context, 'user', id, { type: 'EraseUser', data: { id, by: context.actor, at: this.now() } });
  }

  /** Read from the entry's own stream, so that a write is visible to the next read. */
  async get(tenantId: string, kind: EntryKind, id: string): Promise<EntryView> {
    const entry = await this.find(tenantId, kind, id);
    if (!entry) throw new NotFound(kindName(kind), id);
    return entry;
  }

  async list(tenantId: string, kind: EntryKind, options: EntryListOptions): Promise<Page<EntryView & { name: string }>> {
    const page = await this.entries.find(tenantId, {
      filter: { kind, ...(options.active === undefined ? {} : { active: options.active }), ...(options.q ? { name: { $contains: options.q } } : {}) },
      sort: [{ field: 'entryId', direction: 'asc' }],
      limit: options.limit,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    });
    return {
      items: page.items.map((doc) => ({
        id: doc.entryId,
        kind: doc.kind,
        name: doc.name,
        version: doc.version,
        revision: doc.version - 1,
        attributes: doc.attributes,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** The people assignment offers for one of the tenant's groups (404 for a group it does not have). */
  async assignableMembers(tenantId: string, groupId: string): Promise<AssignableMember[]> {
    const group = await this.get(tenantId, 'group', groupId);
    const members = group.attributes.kind === 'group' ? group.attributes.members : [];
    const users = await Promise.all(
      members.map(async (id) => {
        const attributes = (await this.find(tenantId, 'user', id))?.attributes;
        return [id, attributes?.kind === 'user' ? attributes : null] as const;
      }),
    );
    return assignableMembers(members, Object.fromEntries(users));
  }

  async exists(tenantId: string, kind: EntryKind, id: string): Promise<boolean> {
    return (await this.find(tenantId, kind, id)) !== null;
  }

  private async find(tenantId: string, kind: EntryKind, id: string): Promise<EntryView | null> {
    const { state, revision } = await this.handler.load(entryStream(kind, tenantId, id));
    return state.status === 'registered' ? view(state.entry, revision) : null;
  }

  private async lookups(tenantId: string, attributes: EntryAttributes): Promise<EntryLookups> {
    const names = namesIn(attributes);
    const active = async (kind: EntryKind, ids: readonly string[]) => {
      const found = await Promise.all([...new Set(ids)].map(async (id) => ((await this.find(tenantId, kind, id))?.attributes.active ? id : null)));
      return found.filter((id): id is string => id !== null);
    };
    const owners = await Promise.all(names.emails.map(async (email) => [email, await this.ownerOf(tenantId, email)] as const));
    return {
      knownUsers: await active('user', names.users),
      knownGroups: await active('group', names.groups),
      knownServices: await active('service', names.services),
      knownTimeZones: names.timeZones.filter((zone) => IANAZone.isValidZone(zone)),
      emailOwners: Object.fromEntries(owners.filter((pair): pair is readonly [string, string] => pair[1] !== null)),
    };
  }

  private async ownerOf(tenantId: string, email: string): Promise<string | null> {
    const { items } = await this.entries.find(tenantId, { filter: { kind: 'user', emailKey: { $contains: addressKey(email) } }, limit: 1 });
    return items[0]?.entryId ?? null;
  }

  private async run(context: CommandContext, kind: EntryKind, id: string, command: DirectoryEntryCommand, expectedRevision?: number): Promise<EntryView> {
    try {
      const result = await this.handler.handle(
        entryStream(kind, context.tenantId, id),
        command,
        context,
        expectedRevision === undefined ? {} : { expectedRevision },
      );
      if (result.state.status !== 'registered') throw new NotFound(kindName(kind), id);
      return view(result.state.entry, result.revision);
    } catch (error) {
      if (expectedRevision !== undefined && error instanceof ConcurrencyConflict) throw new PreconditionFailed(String(expectedRevision), error.actual);
      throw error;
    }
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

const view = (entry: DirectoryEntry, revision: number): EntryView => ({
  id: entry.id,
  kind: entry.attributes.kind,
  version: entry.version,
  revision,
  attributes: entry.attributes,
});

/** Addresses are kept as one delimited string, so that a substring look-up finds one address exactly. */
export const addressKey = (email: string): string => `|${email.toLowerCase()}|`;
