import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api/client';
import type { Page } from '../api/types';
import { hasAnyRole, useSession } from '../auth/session';
import { ProblemAlert } from '../ui/problem-alert';

interface ArticleSummary {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: string;
  readonly audience: string;
  readonly version: string | null;
  readonly openFlags?: number;
}

function Articles({ label, items }: { label: string; items: readonly ArticleSummary[] }) {
  return (
    <Table aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Reference</Table.Th>
          <Table.Th scope="col">Title</Table.Th>
          <Table.Th scope="col">State</Table.Th>
          <Table.Th scope="col">Audience</Table.Th>
          <Table.Th scope="col">Version</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((article) => (
          <Table.Tr key={article.id}>
            <Table.Td>
              <Anchor component={Link} to={`/agent/knowledge/${article.reference}`}>
                {article.reference}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {article.title}{' '}
              {article.openFlags ? (
                <Badge size="sm" color="red.9">
                  {article.openFlags} flags
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td>{article.status}</Table.Td>
            <Table.Td>{article.audience}</Table.Td>
            <Table.Td>{article.version ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Knowledge for the desk: ranked search over every state, and the knowledge manager's review queue. */
export function KnowledgePage() {
  const { me } = useSession();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const search = useQuery({
    queryKey: ['knowledge-search', q],
    queryFn: () => api<Page<ArticleSummary>>(`/knowledge/articles${query({ q, limit: 50 })}`),
    placeholderData: keepPreviousData,
  });
  const reviewer = hasAnyRole(me, ['knowledge-manager', 'tenant-admin']);
  const review = useQuery({ queryKey: ['knowledge-review'], queryFn: () => api<Page<ArticleSummary>>('/knowledge/review-queue'), enabled: reviewer });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Knowledge</Title>
        <Button component={Link} to="/agent/knowledge/new">
          New article
        </Button>
      </Group>
      <TextInput label="Search articles" value={text} onChange={(e) => setText(e.currentTarget.value)} maw={480} />
      <ProblemAlert error={search.error} />
      <Articles label="Articles" items={search.data?.items ?? []} />
      {reviewer && (
        <section aria-labelledby="review-heading">
          <Title order={2} size="h3" id="review-heading" mb="xs">
            Review queue
          </Title>
          {review.data?.items.length === 0 ? <Text size="sm">No article is flagged.</Text> : <Articles label="Review queue" items={review.data?.items ?? []} />}
        </section>
      )}
    </Stack>
  );
}
