import { Group, Select, TextInput } from '@mantine/core';
import type { QueueFilters } from './queue-data';
import { QUEUE_SORTS } from './queue-sort';

const STATUSES = ['new', 'assigned', 'in-progress', 'on-hold', 'resolved', 'closed', 'cancelled'];
const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'];

/** Filters of the queue; they live in the address, so next / previous ticket and a reload keep them. */
export function QueueFilterBar({
  filters,
  sort,
  onChange,
}: {
  filters: QueueFilters & { sort?: string };
  sort: string;
  onChange(name: string, value: string | null): void;
}) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Queue filters">
      <TextInput label="Search" placeholder="Words in the description" defaultValue={filters.q ?? ''} onChange={(e) => onChange('q', e.currentTarget.value)} />
      <Select label="Status" clearable data={STATUSES} value={filters.status ?? null} onChange={(v) => onChange('status', v)} w={150} />
      <Select label="Priority" clearable data={PRIORITIES} value={filters.priority ?? null} onChange={(v) => onChange('priority', v)} w={110} />
      <TextInput label="Group" defaultValue={filters.group ?? ''} onChange={(e) => onChange('group', e.currentTarget.value)} w={150} />
      <TextInput label="Assignee" defaultValue={filters.assignee ?? ''} onChange={(e) => onChange('assignee', e.currentTarget.value)} w={150} />
      <Select label="Sort by" data={[...QUEUE_SORTS]} value={sort} onChange={(v) => onChange('sort', v)} allowDeselect={false} w={200} />
    </Group>
  );
}
