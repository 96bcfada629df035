import { DEMO_TENANTS } from '@deskstream/platform';
import type { EntryAttributes } from '../domain/directory-entry.model';

export interface SeedEntry {
  readonly id: string;
  readonly attributes: EntryAttributes;
}

const TIME_ZONES: Readonly<Record<string, string>> = { acme: 'Europe/London', globex: 'America/New_York' };
/** Who the demo desk's people report to, and who runs its groups. */
const MANAGER = 'service-owner';

const group = (tenantId: string, id: string, name: string, tier: 1 | 2 | 3, members: string[]): SeedEntry => ({
  id,
  attributes: { kind: 'group', name, active: true, members, manager: MANAGER, tier, calendar: 'business-hours', email: `${id}@${tenantId}.example` },
});

const service = (id: string, name: string, supportGroup: string, criticality: 'low' | 'medium' | 'high' | 'critical'): SeedEntry => ({
  id,
  attributes: { kind: 'service', name, active: true, ownerGroup: 'service-desk', supportGroup, criticality },
});

/**
 * The demo tenants' directory in the embedded mode: every demo user (with an address at the tenant's
 * domain, so that their mail opens their tickets), the groups the shipped forms and rules route to,
 * a small service catalogue and the head office. Managers come before the people they manage.
 */
export function demoDirectory(tenantId: string): SeedEntry[] {
  const tenant = DEMO_TENANTS.find((t) => t.id === tenantId);
  if (!tenant) return [];
  const timeZone = TIME_ZONES[tenantId] ?? 'UTC';
  const users: SeedEntry[] = [...tenant.users]
    .sort((a, b) => Number(a.id !== MANAGER) - Number(b.id !== MANAGER))
    .map((user) => ({
      id: user.id,
      attributes: {
        kind: 'user',
        name: user.name,
        active: true,
        emails: [`${user.id}@${tenantId}.example`],
        timeZone,
        locale: 'en-GB',
        manager: user.id === MANAGER ? null : MANAGER,
        roles: [...user.roles],
      },
    }));
  const staff = tenant.users.filter((u) => u.roles.some((r) => r === 'agent' || r === 'resolver')).map((u) => u.id);
  return [
    ...users,
    group(tenantId, 'service-desk', 'Service desk', 1, staff),
    group(tenantId, 'network', 'Network', 2, staff),
    group(tenantId, 'network-team', 'Network team', 2, staff),
    group(tenantId, 'identity', 'Identity and access', 2, staff),
    group(tenantId, 'messaging', 'Messaging', 2, staff),
    group(tenantId, 'monitoring', 'Monitoring', 2, staff),
    group(tenantId, 'fulfilment', 'Fulfilment', 1, staff),
    group(tenantId, 'facilities', 'Facilities', 1, staff),
    group(tenantId, 'hr-payroll', 'HR payroll', 1, staff),
    group(tenantId, 'hr-onboarding', 'HR onboarding', 1, staff),
    service('email', 'E-mail', 'messaging', 'high'),
    service('vpn', 'VPN', 'network', 'high'),
    service('wifi', 'Office Wi-Fi', 'network', 'medium'),
    service('laptops', 'Laptops', 'service-desk', 'medium'),
    service('payroll', 'Payroll', 'hr-payroll', 'critical'),
    {
      id: 'mx1',
      attributes: {
        kind: 'configuration-item',
        name: 'Mail server mx1',
        active: true,
        service: 'email',
        ownerGroup: 'messaging',
        supportGroup: 'messaging',
        criticality: 'high',
      },
    },
    { id: 'head-office', attributes: { kind: 'location', name: 'Head office', active: true, timeZone } },
  ];
}
