import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { RecordLink } from '../api/types';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { KtEditor } from './kt-editor';
import { cellText, KT_COLUMNS, ktBody, ktDraftOf, type KtWorksheet } from './kt-worksheet';

interface Problem {
  readonly reference: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly status: string;
  readonly priority: string;
  readonly knownError: boolean;
  readonly workaround: { readonly text?: string } | string | null;
  readonly linkedIncidents: readonly RecordLink[];
  readonly allowedActions: readonly string[];
  readonly revision: number;
  readonly kepnerTregoe: {
    readonly value: KtWorksheet;
    readonly verdicts?: readonly { readonly causeId: string; readonly description: string; readonly verdict: string }[];
  } | null;
}

interface TimelineEntry {
  readonly at: string;
  readonly source: string;
  readonly kind: string;
  readonly summary: string;
  readonly by?: string;
}

const shownCell = (text: string) => text || 'Needs data';

/** One problem: its record, the merged timeline of every source, and the Kepner-Tregoe worksheet. */
export function ProblemPage() {
  const { reference = '' } = useParams();
  const problem = useQuery({ queryKey: ['problem', reference], queryFn: () => api<Problem>(`/problems/${reference}`) });
  const timeline = useQuery({ queryKey: ['problem-timeline', reference], queryFn: () => api<{ items: TimelineEntry[] }>(`/problems/${reference}/timeline`) });
  const queryClient = useQueryClient();
  const [editingKt, setEditingKt] = useState(false);
  const saveKt = useMutation({
    mutationFn: (worksheet: KtWorksheet) =>
      api(`/problems/${reference}/update-kt`, { body: worksheet, headers: { 'if-match': `"${problem.data?.revision}"` } }),
    onSuccess: () => {
      setEditingKt(false);
      void queryClient.invalidateQueries({ queryKey: ['problem', reference] });
      void queryClient.invalidateQueries({ queryKey: ['problem-timeline', reference] });
    },
  });
  if (problem.isPending) return <Loading />;
  if (problem.error) return <ProblemAlert error={problem.error} />;
  const record = problem.data;
  return (
    <Stack>
      <Anchor component={Link} to="/agent/problems">
        Back to problems
      </Anchor>
      <Title order={1}>
        {record.reference}: {record.shortDescription}
      </Title>
      <Group gap="xs">
        <Badge size="lg" variant="outline" color="dark">
          Status: {record.status}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Priority: {record.priority}
        </Badge>
        {record.knownError && (
          <Badge size="lg" color="indigo.8">
            Known error
          </Badge>
        )}
      </Group>
      <Text>{record.description}</Text>
      <Text size="sm">
        Linked incidents:{' '}
        {record.linkedIncidents.length === 0 ? 'none' : record.linkedIncidents.map((incident) => incident.reference ?? incident.id).join(', ')}
      </Text>
      <Text size="sm">Allowed now: {record.allowedActions.join(', ') || 'nothing'}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="kt-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="kt-heading">
            Kepner-Tregoe worksheet
          </Title>
          {record.allowedActions.includes('update-kt') && !editingKt && (
            <Button size="xs" variant="light" onClick={() => setEditingKt(true)}>
              Edit worksheet
            </Button>
          )}
        </Group>
        <ProblemAlert error={saveKt.error} />
        {editingKt ? (
          <KtEditor
            initial={ktDraftOf(record.kepnerTregoe?.value ?? null)}
            busy={saveKt.isPending}
            onSave={(draft) => saveKt.mutate(ktBody(draft))}
            onCancel={() => {
              setEditingKt(false);
              saveKt.reset();
            }}
          />
        ) : !record.kepnerTregoe ? (
          <Text size="sm">Not started.</Text>
        ) : (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Dimension</Table.Th>
                <Table.Th scope="col">Is</Table.Th>
                <Table.Th scope="col">Is not</Table.Th>
                <Table.Th scope="col">Distinctions</Table.Th>
                <Table.Th scope="col">Changes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.kepnerTregoe.value.rows.map((row) => (
                <Table.Tr key={row.dimension}>
                  <Table.Th scope="row">{row.dimension}</Table.Th>
                  {KT_COLUMNS.map((column) => (
                    <Table.Td key={column}>{shownCell(cellText(row[column]))}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!editingKt && (record.kepnerTregoe?.verdicts ?? []).length > 0 && (
          <ul aria-label="Candidate causes">
            {record.kepnerTregoe!.verdicts!.map((cause) => (
              <li key={cause.causeId}>
                {cause.description}: {cause.verdict}
              </li>
            ))}
          </ul>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
        <Title order={2} size="h4" id="timeline-heading" mb="xs">
          Timeline
        </Title>
        <Timeline active={(timeline.data?.items.length ?? 0) - 1} bulletSize={14}>
          {timeline.data?.items.map((entry, index) => (
            <Timeline.Item key={index} title={entry.summary}>
              <Text size="xs">
                {new Date(entry.at).toLocaleString()} · {entry.source} · {entry.kind}
                {entry.by ? ` · ${entry.by}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
