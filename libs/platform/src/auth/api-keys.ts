import { createHash, timingSafeEqual } from 'node:crypto';
import { DIRECTORY_EVENTS, TOPICS, type DirectoryApiKeyV1 } from '@deskstream/contracts';
import { Unauthenticated, type Clock } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { IntegrationConsumer } from '../contributions/service-contributions';
import { rolesFor, type Principal } from './principal';

export const API_KEYS = Symbol('ApiKeys');

/** `dsk.<tenant>.<key id>.<secret>`: the tenant and key id say where to look, the secret proves it. */
const API_KEY = /^dsk\.([a-z0-9][a-z0-9_]*)\.([0-9a-f]{16,64})\.([A-Za-z0-9_-]{20,200})$/;

export const formatApiKey = (tenantId: string, keyId: string, secret: string): string => `dsk.${tenantId}.${keyId}.${secret}`;
export const looksLikeApiKey = (value: string): boolean => value.startsWith('dsk.');
export const secretHashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

interface KnownKey extends StoredDocument {
  readonly key: DirectoryApiKeyV1;
}

interface KeyUse extends StoredDocument {
  readonly lastUsedAt: string;
}

/** Uses closer together than this are not recorded again: a busy integration must not write on every call. */
const USE_RESOLUTION_MS = 60_000;

/** Whether `METHOD path` is within one of the key's endpoint prefixes (at a path-segment boundary). */
export function endpointAllowed(endpoints: readonly string[], method: string, path: string): boolean {
  return endpoints.some((endpoint) => {
    const [allowedMethod, prefix = ''] = endpoint.split(' ');
    if (allowedMethod !== '*' && allowedMethod!.toUpperCase() !== method.toUpperCase()) return false;
    const base = prefix.replace(/\/+$/, '');
    return path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`);
  });
}

/**
 * The API keys of service accounts, copied from the directory's events behind this process's inbox
 * (the digest of each secret, its roles, endpoints, expiry and revocation), and the check the auth
 * guard makes: a known, unrevoked, unexpired key whose secret matches, on an endpoint it was issued for.
 */
export class ApiKeyRegistry implements IntegrationConsumer {
  readonly topics = [TOPICS.directory];
  private readonly keys: DocumentCollection<KnownKey>;
  private readonly uses: DocumentCollection<KeyUse>;

  constructor(
    documents: DocumentStore,
    private readonly clock: Clock,
    /** Consumer group and inbox of this process, e.g. `incidents.api-keys` (see `platformConsumerName`). */
    readonly name: string,
  ) {
    this.keys = documents.collection<KnownKey>('platform-api-keys');
    this.uses = documents.collection<KeyUse>('platform-api-key-uses');
  }

  async handle(message: DeliveredMessage): Promise<void> {
    if (message.event.type !== DIRECTORY_EVENTS.apiKeyChanged) return;
    const key = message.event.data as DirectoryApiKeyV1;
    await this.keys.put({ id: key.keyId, tenantId: message.event.tenantid, position: key.version, key });
  }

  async verify(presented: string, method: string, path: string): Promise<Principal> {
    const match = API_KEY.exec(presented.trim());
    if (!match) throw new Unauthenticated('Not an API key');
    const [, tenantId, keyId, secret] = match as unknown as [string, string, string, string];
    const known = (await this.keys.get(tenantId, keyId))?.key;
    const now = this.clock.now();
    const expected = Buffer.from(known?.secretHash ?? '0'.repeat(64), 'hex');
    const matches = timingSafeEqual(expected, Buffer.from(secretHashOf(secret), 'hex'));
    if (!known || !matches || known.revoked || Date.parse(known.expiresAt) <= now.getTime()) throw new Unauthenticated('Unknown, revoked or expired API key');
    if (!endpointAllowed(known.endpoints, method, path)) throw new Unauthenticated(`This API key is not issued for ${method} ${path}`);
    await this.recordUse(tenantId, keyId, now);
    return { tenantId, userId: `service-account:${known.serviceAccountId}`, name: known.name, roles: rolesFor(tenantId, known.roles) };
  }

  /** When the key was last accepted by this process, if ever. */
  async lastUse(tenantId: string, keyId: string): Promise<string | null> {
    return (await this.uses.get(tenantId, keyId))?.lastUsedAt ?? null;
  }

  private async recordUse(tenantId: string, keyId: string, now: Date): Promise<void> {
    const last = await this.uses.get(tenantId, keyId);
    if (last && now.getTime() - Date.parse(last.lastUsedAt) < USE_RESOLUTION_MS) return;
    await this.uses.put({ id: keyId, tenantId, position: now.getTime(), lastUsedAt: now.toISOString() });
  }
}
