import { List, Paper, Text, Title } from '@mantine/core';
import type { Incident } from '../api/types';

/** The major-incident process at a glance: its manager, the stakeholder rhythm, the children, the review. */
export function MajorIncidentPanel({ major }: { major: NonNullable<Incident['major']> }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="major-heading" style={{ borderLeft: '4px solid var(--mantine-color-red-9)' }}>
      <Title order={2} size="h4" id="major-heading" mb="xs">
        Major incident
      </Title>
      <Text size="sm">Manager: {major.manager ?? 'not named yet'}</Text>
      <Text size="sm">
        Stakeholder updates: {major.stakeholderUpdates} sent, every {major.updateIntervalMinutes} minutes; next due{' '}
        {new Date(major.nextUpdateDueAt).toLocaleString()}
      </Text>
      <Text size="sm">
        Child incidents: {major.childIncidents.length === 0 ? 'none linked' : major.childIncidents.map((child) => child.reference ?? child.id).join(', ')}
      </Text>
      {major.review ? (
        <>
          <Text size="sm" mt="xs">
            <strong>Post-incident review:</strong> {major.review.whatWentWrong}
          </Text>
          <List size="sm">
            {major.review.actions.map((action) => (
              <List.Item key={action.description}>
                {action.description} ({action.owner})
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm" mt="xs">
          The post-incident review is still to be recorded.
        </Text>
      )}
    </Paper>
  );
}
