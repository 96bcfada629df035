/** What the directory holds for a tenant: people, the groups they work in, the service catalogue, places, the categories tickets are filed under. */
export const ENTRY_KINDS = ['user', 'group', 'service', 'configuration-item', 'location', 'category'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

interface Common {
  readonly name: string;
  readonly active: boolean;
}

export interface UserAttributes extends Common {
  readonly kind: 'user';
  readonly emails: readonly string[];
  readonly timeZone: string;
  readonly locale: string;
  readonly manager: string | null;
  readonly roles: readonly string[];
}

export interface GroupAttributes extends Common {
  readonly kind: 'group';
  readonly members: readonly string[];
  readonly manager: string | null;
  readonly tier: Tier;
  readonly calendar: string | null;
  readonly email: string | null;
}

export interface ServiceAttributes extends Common {
  readonly kind: 'service';
  readonly ownerGroup: string | null;
  readonly supportGroup: string | null;
  readonly criticality: Criticality;
}

export interface ConfigurationItemAttributes extends Common {
  readonly kind: 'configuration-item';
  readonly service: string | null;
  readonly ownerGroup: string | null;
  readonly supportGroup: string | null;
  readonly criticality: Criticality;
}

export interface LocationAttributes extends Common {
  readonly kind: 'location';
  readonly timeZone: string;
}

/** A category tickets are filed under (ServiceNow's `category`): a name the desk's reports and forms share. */
export interface CategoryAttributes extends Common {
  readonly kind: 'category';
}

export type EntryAttributes = UserAttributes | GroupAttributes | ServiceAttributes | ConfigurationItemAttributes | LocationAttributes | CategoryAttributes;

export interface DirectoryEntry {
  readonly id: string;
  readonly attributes: EntryAttributes;
  readonly version: number;
}

/**
 * Facts looked up before deciding: which of the users, groups and services the entry names exist
 * (active) in the tenant's directory, which time zones are real, and who already owns an address.
 */
export interface EntryLookups {
  readonly knownUsers: readonly string[];
  readonly knownGroups: readonly string[];
  readonly knownServices: readonly string[];
  readonly knownTimeZones: readonly string[];
  /** Address (lower-case) -> the user id it belongs to, for the addresses the entry lists. */
  readonly emailOwners: Readonly<Record<string, string>>;
}

export const NO_LOOKUPS: EntryLookups = { knownUsers: [], knownGroups: [], knownServices: [], knownTimeZones: [], emailOwners: {} };

/** Every user, group and service an entry names, so that the edge can look them up. */
export function namesIn(attributes: EntryAttributes): { users: string[]; groups: string[]; services: string[]; timeZones: string[]; emails: string[] } {
  switch (attributes.kind) {
    case 'user':
      return {
        users: attributes.manager ? [attributes.manager] : [],
        groups: [],
        services: [],
        timeZones: [attributes.timeZone],
        emails: [...attributes.emails],
      };
    case 'group':
      return { users: [...attributes.members, ...(attributes.manager ? [attributes.manager] : [])], groups: [], services: [], timeZones: [], emails: [] };
    case 'service':
      return { users: [], groups: present(attributes.ownerGroup, attributes.supportGroup), services: [], timeZones: [], emails: [] };
    case 'configuration-item':
      return { users: [], groups: present(attributes.ownerGroup, attributes.supportGroup), services: present(attributes.service), timeZones: [], emails: [] };
    case 'location':
      return { users: [], groups: [], services: [], timeZones: [attributes.timeZone], emails: [] };
    case 'category':
      return { users: [], groups: [], services: [], timeZones: [], emails: [] };
  }
}

const present = (...values: (string | null)[]): string[] => values.filter((v): v is string => v !== null);
