import type { UserAttributes } from './directory-entry.model';

/** One person assignment may name for a group. */
export interface AssignableMember {
  readonly id: string;
  readonly name: string;
}

/**
 * The people assignment offers once a group is chosen: the group's members that are active users of
 * the directory, in the group's own order (an inactive or unknown member would be refused as assignee).
 */
export function assignableMembers(members: readonly string[], users: Readonly<Record<string, UserAttributes | null>>): AssignableMember[] {
  return [...new Set(members)].flatMap((id) => {
    const user = users[id];
    return user?.active ? [{ id, name: user.name }] : [];
  });
}
