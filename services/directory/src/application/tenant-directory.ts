import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1 } from '@deskstream/contracts';
import { AlreadyExists, type CommandContext } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import type { SeedEntry } from './demo-directory';
import type { DirectoryEntries } from './directory-entries';

/** Registers what is missing and leaves what exists alone: safe on every start and on a redelivered message. */
export async function seedEntries(entries: DirectoryEntries, context: CommandContext, seeds: readonly SeedEntry[]): Promise<void> {
  for (const { id, attributes } of seeds) {
    if (await entries.exists(context.tenantId, attributes.kind, id)) continue;
    try {
      await entries.register(context, id, attributes);
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }
}

/** A new tenant's directory: its first administrators, and the groups its template's forms route to (members are added by its admins). */
export function onboardedDirectory(tenant: TenantOnboardedV1): SeedEntry[] {
  const admins: SeedEntry[] = tenant.admins.map((id) => ({
    id,
    attributes: { kind: 'user', name: id, active: true, emails: [], timeZone: tenant.timeZone, locale: tenant.locale, manager: null, roles: ['tenant-admin'] },
  }));
  const groups: SeedEntry[] = tenant.template.groups.map((group) => ({
    id: group.id,
    attributes: { kind: 'group', name: group.name, active: true, members: [], manager: null, tier: group.tier, calendar: null, email: null },
  }));
  return [...admins, ...groups];
}

/** Sets up the directory of each tenant the tenants service onboards. */
export class TenantDirectory implements IntegrationConsumer {
  readonly name = 'directory.tenant-onboarding';
  readonly topics = [TOPICS.tenants];

  constructor(private readonly entries: DirectoryEntries) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    await seedEntries(this.entries, messageCommandContext(event, 'system:onboarding'), onboardedDirectory(event.data as TenantOnboardedV1));
  }
}
