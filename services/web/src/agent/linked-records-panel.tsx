import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { LinkedRecords } from './linked-records';

/** The problem the incident is linked to and the articles used on it, each a link to its record. */
export function LinkedRecordsPanel({ linked }: { linked: LinkedRecords }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="linked-heading">
      <Title order={2} size="h4" id="linked-heading" mb="xs">
        Linked problem and articles used
      </Title>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Problem
        </Text>
        {linked.problems.length === 0 ? (
          <Text size="sm">No problem linked.</Text>
        ) : (
          <ul aria-label="Linked problems" style={{ margin: 0 }}>
            {linked.problems.map((problem) => (
              <li key={problem}>
                <Anchor component={Link} to={`/agent/problems/${problem}`}>
                  {problem}
                </Anchor>
              </li>
            ))}
          </ul>
        )}
        <Text size="sm" fw={600}>
          Articles used
        </Text>
        {linked.articles.length === 0 ? (
          <Text size="sm">No article recorded as used.</Text>
        ) : (
          <ul aria-label="Articles used" style={{ margin: 0 }}>
            {linked.articles.map((article) => (
              <li key={article}>
                <Anchor component={Link} to={`/agent/knowledge/${article}`}>
                  {article}
                </Anchor>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}
