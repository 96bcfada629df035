import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

interface Announcement {
  readonly reference: string;
  readonly shortDescription: string;
  readonly service: string | null;
  readonly status: string;
}

/** Known major incidents, on the front page before anyone phones in: "we know, we are on it". */
export function Announcements() {
  const announcements = useQuery({
    queryKey: ['announcements'],
    queryFn: () => api<{ items: Announcement[] }>('/announcements'),
    refetchInterval: 30_000,
  });
  const items = announcements.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title="We know, we are on it"
      icon={<IconAlertTriangle aria-hidden="true" />}
      component="section"
      aria-label="Announcements"
    >
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item.reference}>
            <Text span fw={600}>
              {item.shortDescription}
            </Text>
            {item.service ? ` (${item.service})` : ''}: {item.status === 'resolved' ? 'fixed, we are checking' : 'being worked on'}. Reference {item.reference}.
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
