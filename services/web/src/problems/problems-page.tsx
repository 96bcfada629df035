import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Page, RecordLink } from '../api/types';
import { hasAnyRole, useSession } from '../auth/session';
import { ProblemAlert } from '../ui/problem-alert';

interface ProblemSummary {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly priority: string;
  readonly shortDescription: string;
  readonly knownError: boolean;
  readonly linkedIncidentCount: number;
}

interface Candidate {
  readonly id: string;
  readonly reason: string;
  readonly incidents: readonly RecordLink[];
  readonly incidentCount: number;
}

/** Problems, worst first as the API sorts them, and the candidates the trend detector raised. */
export function ProblemsPage() {
  const { me } = useSession();
  const manager = hasAnyRole(me, ['problem-manager']);
  const queryClient = useQueryClient();
  const problems = useQuery({ queryKey: ['problems'], queryFn: () => api<Page<ProblemSummary>>('/problems?limit=200') });
  const candidates = useQuery({ queryKey: ['problem-candidates'], queryFn: () => api<Page<Candidate>>('/problems/candidates'), enabled: manager });
  const decide = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'promote' | 'dismiss' }) =>
      api(`/problems/candidates/${id}/${action}`, { body: action === 'dismiss' ? { reason: 'Not a problem' } : {} }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['problem-candidates'] }).then(() => queryClient.invalidateQueries({ queryKey: ['problems'] })),
  });
  return (
    <Stack>
      <Title order={1}>Problems</Title>
      <ProblemAlert error={problems.error ?? decide.error} />
      <Table aria-label="Problems" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reference</Table.Th>
            <Table.Th scope="col">Short description</Table.Th>
            <Table.Th scope="col">Priority</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Incidents</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.data?.items.map((problem) => (
            <Table.Tr key={problem.id}>
              <Table.Td>
                <Anchor component={Link} to={`/agent/problems/${problem.reference}`}>
                  {problem.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {problem.shortDescription}{' '}
                {problem.knownError && (
                  <Badge size="sm" color="indigo.8">
                    Known error
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{problem.priority}</Table.Td>
              <Table.Td>{problem.status}</Table.Td>
              <Table.Td>{problem.linkedIncidentCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {manager && (
        <section aria-labelledby="candidates-heading">
          <Title order={2} size="h3" id="candidates-heading" mb="xs">
            Candidates from incident trends
          </Title>
          {candidates.data?.items.length === 0 && <Text size="sm">No candidate waits.</Text>}
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0 }}>
            {candidates.data?.items.map((candidate) => (
              <Group component="li" key={candidate.id} gap="sm">
                <Text size="sm">
                  {candidate.reason} ({candidate.incidentCount} incidents: {candidate.incidents.map((incident) => incident.reference ?? incident.id).join(', ')}
                  )
                </Text>
                <Button size="xs" onClick={() => decide.mutate({ id: candidate.id, action: 'promote' })}>
                  Promote to a problem
                </Button>
                <Button size="xs" variant="default" onClick={() => decide.mutate({ id: candidate.id, action: 'dismiss' })}>
                  Dismiss
                </Button>
              </Group>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
