import type { EntryAttributes, EntryKind, Tier } from '../domain/directory-entry.model';
import type { CategoryBodyDto, ConfigurationItemBodyDto, GroupBodyDto, LocationBodyDto, ServiceBodyDto, UserBodyDto } from './directory.dto';

type Bodies = {
  user: UserBodyDto;
  group: GroupBodyDto;
  service: ServiceBodyDto;
  'configuration-item': ConfigurationItemBodyDto;
  location: LocationBodyDto;
  category: CategoryBodyDto;
};

/** A body as the entry's whole attributes: what is left out takes its default, so a PUT replaces the entry. */
export const ATTRIBUTES_OF: { [K in EntryKind]: (body: Bodies[K]) => EntryAttributes } = {
  user: (b) => ({
    kind: 'user',
    name: b.name,
    active: b.active ?? true,
    emails: b.emails ?? [],
    timeZone: b.timeZone ?? 'UTC',
    locale: b.locale ?? 'en-GB',
    manager: b.manager ?? null,
    roles: b.roles ?? [],
  }),
  group: (b) => ({
    kind: 'group',
    name: b.name,
    active: b.active ?? true,
    members: b.members ?? [],
    manager: b.manager ?? null,
    tier: (b.tier ?? 1) as Tier,
    calendar: b.calendar ?? null,
    email: b.email ? b.email.trim().toLowerCase() : null,
  }),
  service: (b) => ({
    kind: 'service',
    name: b.name,
    active: b.active ?? true,
    ownerGroup: b.ownerGroup ?? null,
    supportGroup: b.supportGroup ?? null,
    criticality: b.criticality ?? 'medium',
  }),
  'configuration-item': (b) => ({
    kind: 'configuration-item',
    name: b.name,
    active: b.active ?? true,
    service: b.service ?? null,
    ownerGroup: b.ownerGroup ?? null,
    supportGroup: b.supportGroup ?? null,
    criticality: b.criticality ?? 'medium',
  }),
  location: (b) => ({ kind: 'location', name: b.name, active: b.active ?? true, timeZone: b.timeZone ?? 'UTC' }),
  category: (b) => ({ kind: 'category', name: b.name, active: b.active ?? true }),
};
