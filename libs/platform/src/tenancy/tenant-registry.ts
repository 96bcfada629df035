import {
  TENANT_EVENTS,
  TOPICS,
  type TenantDeskV1,
  type TenantIdentityProviderChangedV1,
  type TenantIdentityProviderV1,
  type TenantOnboardedV1,
  type TenantStatusChangedV1,
  type TenantStatusV1,
} from '@deskstream/contracts';
import { Forbidden } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';
import { PLATFORM_TENANT } from '../auth/principal';
import type { IntegrationConsumer, ServiceTenantPurge } from '../contributions/service-contributions';

export const TENANT_REGISTRY = Symbol('TenantRegistry');

/** What a process knows of an onboarded tenant (id = the tenant id), copied from the tenants service's events. */
export interface KnownTenant extends StoredDocument {
  readonly name: string;
  readonly status: TenantStatusV1;
  readonly reason: string | null;
  readonly admins: readonly string[];
  readonly desks: readonly TenantDeskV1[];
  readonly timeZone: string;
  readonly locale: string;
  /** The OIDC provider its users sign in with; null (or absent in older copies): the installation's own issuer. */
  readonly identityProvider?: TenantIdentityProviderV1 | null;
}

/** The tenant whose users an issuer signs in, and how. */
export interface TenantIdentityProvider extends TenantIdentityProviderV1 {
  readonly tenantId: string;
  /** The tenant's first administrators: tenant-admins whatever their token's claims say, so that they can set the desk up at once. */
  readonly admins: readonly string[];
}

/** A desk address and the tenant whose tickets mail to it becomes. */
export interface TenantDesk extends TenantDeskV1 {
  readonly tenantId: string;
}

/** An installation serves business units by the dozen: all of them fit in memory, and are read once. */
const MAX_TENANTS = 10_000;

/**
 * Each process's copy of the onboarded tenants (status, first admins, desk addresses), kept from the
 * tenants service's events behind the process's inbox, and the refusal the edge makes for a suspended
 * or deleted tenant. The copy is the platform tenant's data (it is about tenants, not of one); it is
 * read into memory once and then kept current by this process's own consumer (or, on an edge process,
 * read again after its writer's consumer has handled a message: see `forget`). Seeded tenants of the
 * embedded mode are not onboarded and are always served.
 */
export class TenantRegistry implements IntegrationConsumer {
  readonly topics = [TOPICS.tenants];
  private readonly tenants: DocumentCollection<KnownTenant>;
  private loaded: Promise<Map<string, KnownTenant>> | null = null;

  constructor(
    documents: DocumentStore,
    /** Consumer group and inbox of this process, e.g. `incidents.tenants` (see `platformConsumerName`). */
    readonly name: string,
    /** What this process's services forget of a deleted tenant (ServiceContributions.tenantPurges). */
    private readonly purges: readonly ServiceTenantPurge[] = [],
  ) {
    this.tenants = documents.collection<KnownTenant>('platform-tenant-registry');
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const known = await this.all();
    let next: KnownTenant;
    if (event.type === TENANT_EVENTS.onboarded) {
      const { tenantId, name, timeZone, locale, admins, desks, identityProvider } = event.data as TenantOnboardedV1;
      const provider = identityProvider ?? null;
      next = {
        id: tenantId,
        tenantId: PLATFORM_TENANT,
        position: 1,
        name,
        status: 'active',
        reason: null,
        admins,
        desks,
        timeZone,
        locale,
        identityProvider: provider,
      };
    } else if (event.type === TENANT_EVENTS.statusChanged) {
      const { tenantId, status, reason } = event.data as TenantStatusChangedV1;
      // The deletion comes when the grace period is over: what the services keep of the tenant goes now.
      if (status === 'deleted') for (const purge of this.purges) await purge.purge(tenantId);
      const current = known.get(tenantId);
      if (!current) return;
      next = { ...current, position: current.position + 1, status, reason };
    } else if (event.type === TENANT_EVENTS.identityProviderChanged) {
      const { tenantId, identityProvider } = event.data as TenantIdentityProviderChangedV1;
      const current = known.get(tenantId);
      if (!current) return;
      next = { ...current, position: current.position + 1, identityProvider };
    } else return;
    await this.tenants.put(next);
    known.set(next.id, next);
  }

  /**
   * Drops the copy in memory; the next read takes the documents as another process's consumer left
   * them. A tenant found deleted then is purged from what this process's services keep, as `handle`
   * does where the consumer runs.
   */
  forget(): void {
    const before = this.loaded;
    this.loaded = null;
    if (!before || this.purges.length === 0) return;
    void Promise.all([before, this.all()])
      .then(async ([was, now]) => {
        for (const [tenantId, tenant] of now) {
          if (tenant.status !== 'deleted' || was.get(tenantId)?.status === 'deleted') continue;
          for (const purge of this.purges) await purge.purge(tenantId);
        }
      })
      .catch(() => undefined); // unread documents: what this process keeps of the tenant goes at its next start
  }

  /** The onboarded tenant, or null for a tenant this process has not heard of (or a seeded one). */
  async find(tenantId: string): Promise<KnownTenant | null> {
    return (await this.all()).get(tenantId) ?? null;
  }

  /** The onboarded tenant desk mail to `address` goes to, if any (addresses are stored lower-case). */
  async deskAt(address: string): Promise<TenantDesk | null> {
    const wanted = address.trim().toLowerCase();
    for (const tenant of (await this.all()).values()) {
      const desk = tenant.desks.find((d) => d.address === wanted);
      if (desk) return { ...desk, tenantId: tenant.id };
    }
    return null;
  }

  /** The tenant whose identity provider is `issuer` (issuers are unique across tenants), if any. */
  async identityProviderOf(issuer: string): Promise<TenantIdentityProvider | null> {
    for (const tenant of (await this.all()).values()) {
      if (tenant.identityProvider?.issuer === issuer) return { ...tenant.identityProvider, tenantId: tenant.id, admins: tenant.admins };
    }
    return null;
  }

  /** The ids of the onboarded tenants (deleted ones included: their history stays). */
  async tenantIds(): Promise<string[]> {
    return [...(await this.all()).keys()];
  }

  /** True for a tenant deleted (its data purged): nothing of it is to be made again, whatever message comes late. */
  async isDeleted(tenantId: string): Promise<boolean> {
    return (await this.find(tenantId))?.status === 'deleted';
  }

  /** Refuses the requests of a suspended or deleted tenant's users, saying why; nothing they sent is kept. */
  async ensureServed(tenantId: string): Promise<void> {
    const known = await this.find(tenantId);
    if (!known || known.status === 'active') return;
    const why = known.status === 'suspended' ? `is suspended${known.reason ? `: ${known.reason}` : ''}` : 'has been deleted';
    throw new Forbidden(`Tenant ${tenantId} ${why}`, { reason: `tenant-${known.status}` });
  }

  private all(): Promise<Map<string, KnownTenant>> {
    // A failed read is not kept: the next request reads again.
    this.loaded ??= this.tenants.find(PLATFORM_TENANT, { limit: MAX_TENANTS }).then(
      ({ items }) => new Map(items.map((t) => [t.id, t])),
      (error: unknown) => {
        this.loaded = null;
        throw error;
      },
    );
    return this.loaded;
  }
}
