import { Anchor, Badge, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, query } from '../api/client';
import type { HistoryEntry, ServiceRequest } from '../api/types';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { ActionDialog } from './action-dialog';
import { ActionsPanel } from './actions-panel';
import { AsOfControl } from './as-of-control';
import { asOfStops } from './as-of-stops';
import { HistoryTimeline } from './history-timeline';
import { REQUEST_ACTIONS } from './request-actions';

/** One service request for the desk: approvals, fulfilment tasks, every action its status allows, and time travel. */
export function RequestPage() {
  const { reference = '' } = useParams();
  const queryClient = useQueryClient();
  const [position, setPosition] = useState<number | null>(null);
  const [action, setAction] = useState<string | null>(null);
  useEffect(() => setPosition(null), [reference]);
  const history = useQuery({
    queryKey: ['request-history', reference],
    queryFn: async () => (await api<{ items: HistoryEntry[] }>(`/requests/${reference}/history`)).items,
  });
  const stops = asOfStops(history.data ?? []);
  const asOf = position === null ? undefined : stops[position]?.at;
  const request = useQuery({
    queryKey: ['request', reference, asOf ?? 'now'],
    queryFn: () => api<ServiceRequest>(`/requests/${reference}${query({ asOf })}`),
    placeholderData: keepPreviousData,
  });
  const act = useMutation({
    mutationFn: ({ name, body }: { name: string; body: Record<string, unknown> }) =>
      api(`/requests/${reference}/${name}`, { body, headers: { 'if-match': `"${request.data?.revision}"` } }),
    onSuccess: () => {
      setAction(null);
      void queryClient.invalidateQueries({ queryKey: ['request', reference] });
      void queryClient.invalidateQueries({ queryKey: ['request-history', reference] });
    },
  });
  if (request.isPending) return <Loading />;
  if (request.error) return <ProblemAlert error={request.error} />;
  const ticket = request.data;
  const past = position !== null;
  const spec = action ? REQUEST_ACTIONS[action] : undefined;
  const buttons = ticket.allowedActions.filter((name) => name in REQUEST_ACTIONS);
  const openTasks = ticket.tasks.filter((task) => task.status === 'open');
  return (
    <Stack>
      <Anchor component={Link} to="/agent">
        Back to the queue
      </Anchor>
      <Title order={1}>
        {ticket.reference}: {ticket.catalogItem}
      </Title>
      <Group gap="xs">
        <Badge size="lg" variant="outline" color="dark" data-testid="request-status">
          Status: {ticket.status}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Requested for: {ticket.requestedFor}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Requested by: {ticket.requestedBy}
        </Badge>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <AsOfControl stops={stops} position={position} onChange={setPosition} />
            <ActionsPanel
              headingId="request-actions-heading"
              names={buttons}
              specs={REQUEST_ACTIONS}
              disabled={past}
              error={action ? null : act.error}
              onRun={(name) => act.mutate({ name, body: {} })}
              onOpen={setAction}
            />
            <Paper withBorder p="md" component="section" aria-labelledby="request-description-heading">
              <Title order={2} size="h4" id="request-description-heading">
                Description
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
              {ticket.rejectionReason && <Text mt="sm">Rejected: {ticket.rejectionReason}</Text>}
              {ticket.fulfilmentNotes && <Text mt="sm">Fulfilment: {ticket.fulfilmentNotes}</Text>}
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="approvals-heading">
              <Title order={2} size="h4" id="approvals-heading" mb="xs">
                Approvals
              </Title>
              {ticket.approvals.length === 0 && <Text size="sm">No approval is needed.</Text>}
              <ul>
                {ticket.approvals.map((approval) => (
                  <li key={approval.approver}>
                    {approval.approver}: {approval.decision}
                    {approval.comment ? ` (${approval.comment})` : ''}
                  </li>
                ))}
              </ul>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="tasks-heading">
              <Title order={2} size="h4" id="tasks-heading" mb="xs">
                Fulfilment tasks
              </Title>
              {ticket.tasks.length === 0 ? (
                <Text size="sm">No task yet.</Text>
              ) : (
                <Table aria-labelledby="tasks-heading">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Task</Table.Th>
                      <Table.Th>Assignee</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {ticket.tasks.map((task) => (
                      <Table.Tr key={task.taskId}>
                        <Table.Td>{task.title}</Table.Td>
                        <Table.Td>
                          {task.assignee}
                          {task.assignmentGroup ? ` (${task.assignmentGroup})` : ''}
                        </Table.Td>
                        <Table.Td>{task.status}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <HistoryTimeline history={history.data ?? []} asOf={asOf} />
          </Paper>
        </Grid.Col>
      </Grid>
      {spec && action && (
        <ActionDialog
          spec={spec}
          options={{ openTasks: openTasks.map((task) => task.taskId) }}
          error={act.error}
          busy={act.isPending}
          onClose={() => {
            setAction(null);
            act.reset();
          }}
          onSubmit={(values) => act.mutate({ name: action, body: spec.body ? spec.body(values) : values })}
        />
      )}
    </Stack>
  );
}
