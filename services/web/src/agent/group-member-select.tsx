import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

interface GroupMembers {
  readonly items: readonly { readonly id: string; readonly name: string }[];
}

const DIRECTORY_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The assignee of a ticket: one of the chosen group's people, offered once a group is named (`GET /directory/groups/{id}/members`). */
export function GroupMemberSelect({
  group,
  label,
  error,
  value,
  onChange,
}: {
  group: string;
  label: string;
  error: string | undefined;
  value: string | null;
  onChange(value: string | null): void;
}) {
  const chosen = DIRECTORY_ID.test(group.trim()) ? group.trim() : '';
  const members = useQuery({
    queryKey: ['group-members', chosen],
    queryFn: () => api<GroupMembers>(`/directory/groups/${encodeURIComponent(chosen)}/members`),
    enabled: chosen !== '',
    retry: false,
    staleTime: 60_000,
  });
  const data = (members.data?.items ?? []).map((member) => ({ value: member.id, label: `${member.name} (${member.id})` }));
  const description = chosen === '' ? 'Choose a group first' : members.isError ? 'No such group' : undefined;
  return (
    <Select
      label={label}
      error={error}
      description={description}
      data={data}
      value={value}
      onChange={onChange}
      disabled={data.length === 0}
      clearable
      searchable
    />
  );
}
