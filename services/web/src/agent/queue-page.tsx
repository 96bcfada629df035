import { Button, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ProblemAlert } from '../ui/problem-alert';
import { clocksByReference, filtersOf, useQueue } from './queue-data';
import { useQueueChanges, type LiveState } from './queue-changes';
import { QueueFilterBar } from './queue-filters';
import { QueueTable } from './queue-table';
import { queueSortOf } from './queue-sort';

const LIVE_WORDS: Readonly<Record<LiveState, string>> = { live: 'Live', connecting: 'Connecting', paused: 'Paused' };

/** The agent's incident queue: filters, sorting, live updates that can be paused, SLA countdowns, bulk assign. */
export function QueuePage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const sort = queueSortOf(params.get('sort'));
  const [live, setLive] = useState(true);
  const [now, setNow] = useState(() => Date.now());
  // The countdowns tick each second while live; pausing stops every moving part (WCAG 2.2.2).
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [live]);
  const { incidents, clocks } = useQueue(filters, sort);
  const liveState = useQueueChanges(live);
  const byReference = useMemo(() => clocksByReference(clocks.data), [clocks.data]);
  const rows = incidents.data ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkGroup, setBulkGroup] = useState('');
  const [bulkAssignee, setBulkAssignee] = useState('');
  const [bulkError, setBulkError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  const change = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const toggle = (reference: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(reference)) next.delete(reference);
      else next.add(reference);
      return next;
    });
  const assignSelected = async () => {
    setBulkError(null);
    try {
      for (const reference of selected) {
        await api(`/incidents/${reference}/assign`, { body: { group: bulkGroup, ...(bulkAssignee ? { assignee: bulkAssignee } : {}) } });
      }
      setSelected(new Set());
    } catch (error) {
      setBulkError(error);
    }
    void queryClient.invalidateQueries({ queryKey: ['queue'] });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Incident queue</Title>
        <Group gap="md">
          <Switch label="Live updates" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} />
          <Text size="sm" role="status" aria-live="polite">
            {LIVE_WORDS[liveState]} · {rows.length} tickets
            {incidents.dataUpdatedAt ? ` · updated ${new Date(incidents.dataUpdatedAt).toLocaleTimeString()}` : ''}
          </Text>
        </Group>
      </Group>
      <QueueFilterBar filters={filters} sort={sort} onChange={change} />
      <ProblemAlert error={incidents.error ?? clocks.error} />
      {selected.size > 0 && (
        <Group align="flex-end" gap="sm" aria-label="Bulk assign" role="group">
          <Text size="sm">{selected.size} selected</Text>
          <TextInput label="Group" value={bulkGroup} onChange={(e) => setBulkGroup(e.currentTarget.value)} required />
          <TextInput label="Assignee" value={bulkAssignee} onChange={(e) => setBulkAssignee(e.currentTarget.value)} />
          <Button disabled={!bulkGroup.trim()} onClick={() => void assignSelected()}>
            Assign selected
          </Button>
        </Group>
      )}
      <ProblemAlert error={bulkError} />
      <QueueTable rows={rows} clocks={byReference} now={now} selected={selected} onToggle={toggle} search={params.size ? `?${params}` : ''} />
    </Stack>
  );
}
