import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api } from '../api/client';
import type { Page, RequestType } from '../api/types';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { Announcements } from './announcements';
import { MyTickets } from './my-tickets';

// The form renderer (and its JSON Schema validator) loads only when a form is opened.
const RequestForm = lazy(() => import('./request-form'));

/** The requester's front page: the tenant's request types as cards, the chosen form, and "My tickets". */
export function PortalPage() {
  const types = useQuery({ queryKey: ['request-types'], queryFn: () => api<Page<RequestType>>('/intake/request-types') });
  const [chosen, setChosen] = useState<RequestType | null>(null);
  return (
    <Stack gap="lg">
      <Title order={1}>Service portal</Title>
      <Announcements />
      {chosen ? (
        <Suspense fallback={<Loading label="Loading the form" />}>
          <RequestForm requestType={chosen} onClose={() => setChosen(null)} />
        </Suspense>
      ) : (
        <section aria-labelledby="request-types-heading">
          <Title order={2} id="request-types-heading" mb="sm">
            What do you need?
          </Title>
          <ProblemAlert error={types.error} />
          {types.isPending && <Loading label="Loading request types" />}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {types.data?.items.map((type) => (
              <Card component="li" withBorder key={type.id} padding="md">
                <Title order={3} size="h4">
                  {type.name}
                </Title>
                <Text size="sm" c="dimmed" mt={4} mb="md" style={{ flexGrow: 1 }}>
                  {type.description}
                </Text>
                <Button variant="light" onClick={() => setChosen(type)} aria-label={`Open form: ${type.name}`}>
                  Open form
                </Button>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}
      <MyTickets />
    </Stack>
  );
}
