import { Anchor, Badge, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Page, TicketSummary } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { customerStatus } from './status-words';

/** The requester's own incidents and requests, newest first, in customer-facing words. */
export function MyTickets() {
  const tickets = useQuery({
    queryKey: ['my-tickets'],
    queryFn: async () => {
      const [incidents, requests] = await Promise.all([api<Page<TicketSummary>>('/incidents?limit=100'), api<Page<TicketSummary>>('/requests?limit=100')]);
      return [...incidents.items, ...requests.items].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    },
    refetchInterval: 5_000,
  });
  return (
    <section aria-labelledby="my-tickets-heading">
      <Title order={2} id="my-tickets-heading" mb="sm">
        My tickets
      </Title>
      <ProblemAlert error={tickets.error} />
      {tickets.data?.length === 0 && <Text>You have no tickets yet.</Text>}
      {tickets.data && tickets.data.length > 0 && (
        <Table striped aria-labelledby="my-tickets-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reference</Table.Th>
              <Table.Th scope="col">Summary</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Opened</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tickets.data.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Td>
                  {ticket.reference.startsWith('INC') ? (
                    <Anchor component={Link} to={`/portal/tickets/${ticket.reference}`}>
                      {ticket.reference}
                    </Anchor>
                  ) : (
                    ticket.reference
                  )}
                </Table.Td>
                <Table.Td>{ticket.shortDescription}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="dark">
                    {customerStatus(ticket.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{new Date(ticket.openedAt).toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
