import { Logger } from '@nestjs/common';
import { SIGN_IN_EVENTS, SOURCES, TOPICS, type UserFirstSignedInV1 } from '@deskstream/contracts';
import type { Clock } from '@deskstream/kernel';
import type { IntegrationBus } from '@deskstream/messaging';
import type { DirectoryReplica } from '../directory/directory-replica';
import type { KnownTenant, TenantRegistry } from '../tenancy/tenant-registry';
import { isSeededTenant } from './demo-directory';
import type { SignedInUser } from './token-claims';

/** Users announced by this process; past this many the memory is started afresh (announcing again is harmless). */
const MAX_REMEMBERED = 100_000;

/**
 * Announces, on the sign-ins topic, a user signing in with an identity provider's token whom the
 * tenant's directory (this process's copy) does not list yet: the directory registers them from the
 * claims, behind its inbox. The message id is the same for every announcement of one user, so an
 * announcement made twice (two requests at once, two processes) is handled once.
 */
export class FirstSignIns {
  private readonly logger = new Logger('FirstSignIns');
  private readonly announced = new Set<string>();

  constructor(
    private readonly bus: IntegrationBus,
    private readonly directory: DirectoryReplica,
    private readonly tenants: TenantRegistry,
    private readonly clock: Clock,
  ) {}

  /** Never fails a sign-in: an announcement that could not be made is made at the user's next verified token. */
  async notice(user: SignedInUser, issuer: string): Promise<void> {
    const { tenantId, userId } = user.principal;
    const key = `${tenantId}:${userId}`;
    if (this.announced.has(key)) return;
    try {
      const tenant = await this.tenants.find(tenantId);
      // A tenant this installation does not serve gets no directory: its users are not announced.
      if (!tenant && !isSeededTenant(tenantId)) return;
      if (!(await this.directory.user(tenantId, userId))) await this.announce(user, issuer, tenant);
      if (this.announced.size >= MAX_REMEMBERED) this.announced.clear();
      this.announced.add(key);
    } catch (error) {
      this.logger.warn(`first sign-in of ${userId} (tenant ${tenantId}) not announced: ${(error as Error).message}`);
    }
  }

  private async announce({ principal, email }: SignedInUser, issuer: string, tenant: KnownTenant | null): Promise<void> {
    const at = this.clock.now().toISOString();
    const data: UserFirstSignedInV1 = {
      userId: principal.userId,
      name: principal.name,
      email,
      roles: [...principal.roles],
      timeZone: tenant?.timeZone ?? 'UTC',
      locale: tenant?.locale ?? 'en-GB',
      issuer,
      at,
    };
    const id = `first-sign-in:${principal.tenantId}:${principal.userId}`;
    const event = {
      specversion: '1.0' as const,
      id,
      source: SOURCES.platform,
      type: SIGN_IN_EVENTS.userFirstSignedIn,
      subject: principal.userId,
      time: at,
      datacontenttype: 'application/json' as const,
      data,
      tenantid: principal.tenantId,
      correlationid: id,
    };
    await this.bus.publish([{ topic: TOPICS.signIns, key: principal.userId, event }]);
  }
}
