import { randomBytes } from 'node:crypto';
import { commandHandler, NotFound, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { formatApiKey, secretHashOf, type ApiKeyRegistry } from '@deskstream/platform';
import { serviceAccountDecider, type ServiceAccount } from '../domain/service-account.decider';
import type { ServiceAccountCommand } from '../domain/service-account.events';
import type { DocumentCollection, DocumentStore, Page } from '@deskstream/readmodels';
import { SERVICE_ACCOUNT_CATEGORY } from './service-account-streams';
import { SERVICE_ACCOUNTS_COLLECTION, type ServiceAccountDocument } from './service-accounts.projection';

export { SERVICE_ACCOUNT_CATEGORY };

const DAY_MS = 24 * 60 * 60 * 1000;

/** One line of the tenant's list: the account and counts of its keys (the detail lists them). */
export interface ServiceAccountLine {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly keyCount: number;
  /** Keys neither revoked nor expired now. */
  readonly activeKeyCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface IssueKeyInput {
  readonly roles: readonly string[];
  readonly endpoints: readonly string[];
  readonly expiresInDays: number;
}

/** Service accounts and their API keys: the key is made here, shown once in the answer, and only its digest is kept. */
export class ServiceAccounts {
  private readonly handler;
  private readonly accounts: DocumentCollection<ServiceAccountDocument>;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    private readonly keys: ApiKeyRegistry,
    documents: DocumentStore,
  ) {
    this.handler = commandHandler(serviceAccountDecider, { store, clock, ids });
    this.accounts = documents.collection<ServiceAccountDocument>(SERVICE_ACCOUNTS_COLLECTION);
  }

  /** The tenant's service accounts by id, a page at a time; never a key or its digest. */
  async list(tenantId: string, options: { readonly limit: number; readonly cursor?: string }): Promise<Page<ServiceAccountLine>> {
    const page = await this.accounts.find(tenantId, {
      sort: [{ field: 'id', direction: 'asc' }],
      limit: options.limit,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    });
    const now = this.now();
    return {
      items: page.items.map(({ id, name, roles, keys, createdAt, updatedAt }) => ({
        id,
        name,
        roles,
        keyCount: keys.length,
        activeKeyCount: keys.filter((key) => key.revokedAt === null && key.expiresAt > now).length,
        createdAt,
        updatedAt,
      })),
      nextCursor: page.nextCursor,
    };
  }

  async create(context: CommandContext, id: string, name: string, roles: readonly string[]) {
    await this.run(context, id, { type: 'CreateServiceAccount', data: { id, name, roles, by: context.actor, at: this.now() } });
    return this.get(context.tenantId, id);
  }

  async issue(context: CommandContext, accountId: string, input: IssueKeyInput) {
    const keyId = randomBytes(12).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const at = this.now();
    const expiresAt = new Date(Date.parse(at) + input.expiresInDays * DAY_MS).toISOString();
    const account = await this.run(context, accountId, {
      type: 'IssueApiKey',
      data: { keyId, secretHash: secretHashOf(secret), roles: input.roles, endpoints: input.endpoints, expiresAt, by: context.actor, at },
    });
    const key = account.keys.find((k) => k.keyId === keyId)!;
    return { keyId, key: formatApiKey(context.tenantId, keyId, secret), roles: key.roles, endpoints: key.endpoints, expiresAt };
  }

  async revoke(context: CommandContext, accountId: string, keyId: string) {
    await this.run(context, accountId, { type: 'RevokeApiKey', data: { keyId, by: context.actor, at: this.now() } });
    return this.get(context.tenantId, accountId);
  }

  /** The account with each key's scope, expiry, revocation and last use; never a secret. */
  async get(tenantId: string, id: string) {
    const { state } = await this.handler.load(this.stream(tenantId, id));
    if (state.status === 'none') throw new NotFound('Service account', id);
    const { name, roles, keys } = state.account;
    const listed = await Promise.all(
      keys.map(async ({ secretHash: _hash, version: _version, ...key }) => ({ ...key, lastUsedAt: await this.keys.lastUse(tenantId, key.keyId) })),
    );
    return { id, name, roles, keys: listed };
  }

  private async run(context: CommandContext, id: string, command: ServiceAccountCommand): Promise<ServiceAccount> {
    const result = await this.handler.handle(this.stream(context.tenantId, id), command, context);
    if (result.state.status === 'none') throw new NotFound('Service account', id);
    return result.state.account;
  }

  private stream(tenantId: string, id: string): string {
    return streamName(SERVICE_ACCOUNT_CATEGORY, tenantId, id);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
