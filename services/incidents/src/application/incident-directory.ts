import type { DirectoryEntryKindV1, DirectoryUserV1 } from '@deskstream/contracts';
import type { NameCheck } from '@deskstream/platform';
import type { DirectoryFacts } from '../domain/directory-names.rules';
import type { IncidentAction } from '../domain/lifecycle.rules';
import type { ActionInputs } from './incident-actions';

/** The incidents service's copy of the tenant directory (a DirectoryReplica registered as its consumer). */
export interface DirectoryLookup {
  check(tenantId: string, kind: DirectoryEntryKindV1, names: readonly string[]): Promise<NameCheck>;
  /** An active user (their manager, for approvals); null when the copy does not list them. */
  user(tenantId: string, id: string): Promise<Pick<DirectoryUserV1, 'manager'> | null>;
}

export const INCIDENT_DIRECTORY = { consumer: 'incidents.directory', collection: 'incidents-directory' } as const;

const present = (...values: (string | null | undefined)[]): string[] => values.filter((v): v is string => typeof v === 'string');

/** The groups and users an action hands the ticket to, which the directory must know. */
function namesOf<A extends IncidentAction>(action: A, input: ActionInputs[A]): { groups: string[]; users: string[] } | null {
  if (action === 'assign') {
    const { group, assignee } = input as ActionInputs['assign'];
    return { groups: [group], users: present(assignee) };
  }
  if (action === 'escalate') {
    const { kind, group, manager } = input as ActionInputs['escalate'];
    return kind === 'functional' ? { groups: present(group), users: [] } : { groups: [], users: present(manager) };
  }
  return null;
}

/** What the directory copy knows of the groups and users given; nothing without a copy. */
export async function directoryFacts(
  directory: DirectoryLookup | undefined,
  tenantId: string,
  names: {
    readonly groups?: readonly string[];
    readonly users?: readonly string[];
    readonly services?: readonly string[];
    readonly configurationItems?: readonly string[];
  },
): Promise<DirectoryFacts | undefined> {
  if (!directory) return undefined;
  const [groups, users] = await Promise.all([directory.check(tenantId, 'group', names.groups ?? []), directory.check(tenantId, 'user', names.users ?? [])]);
  // Services and configuration items are looked up only where a command names some.
  const services = names.services?.length ? await directory.check(tenantId, 'service', names.services) : undefined;
  const configurationItems = names.configurationItems?.length ? await directory.check(tenantId, 'configuration-item', names.configurationItems) : undefined;
  return { groups, users, ...(services ? { services } : {}), ...(configurationItems ? { configurationItems } : {}) };
}

/** What the directory copy knows of the service and configuration item a new incident is about. */
export function directoryFactsForOpening(
  directory: DirectoryLookup | undefined,
  tenantId: string,
  input: { readonly service?: string | null; readonly configurationItem?: string | null },
): Promise<DirectoryFacts | undefined> {
  return directoryFacts(directory, tenantId, { services: present(input.service), configurationItems: present(input.configurationItem) });
}

/** What the directory copy knows of the names an action gives; nothing for actions that name nobody. */
export async function directoryFactsFor<A extends IncidentAction>(
  directory: DirectoryLookup | undefined,
  tenantId: string,
  action: A,
  input: ActionInputs[A],
): Promise<DirectoryFacts | undefined> {
  const names = namesOf(action, input);
  return names ? directoryFacts(directory, tenantId, names) : undefined;
}
