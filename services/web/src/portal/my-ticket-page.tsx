import { Alert, Anchor, Badge, Button, Group, Paper, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Incident } from '../api/types';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { customerStatus } from './status-words';

/** One of the requester's tickets: status, public comments, a new comment, accepting or rejecting a resolution, the rating. */
export function MyTicketPage() {
  const { reference = '' } = useParams();
  const queryClient = useQueryClient();
  const ticket = useQuery({ queryKey: ['incident', reference], queryFn: () => api<Incident>(`/incidents/${reference}`), refetchInterval: 5_000 });
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const act = useMutation({
    mutationFn: ({ action, body }: { action: string; body: Record<string, unknown> }) =>
      api(`/incidents/${reference}/${action}`, { body, headers: { 'if-match': `"${ticket.data?.revision}"` } }),
    onSuccess: () => {
      setComment('');
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['incident', reference] });
      void queryClient.invalidateQueries({ queryKey: ['my-tickets'] });
    },
  });
  if (ticket.isPending) return <Loading />;
  if (ticket.error) return <ProblemAlert error={ticket.error} />;
  const incident = ticket.data;
  const can = (action: string) => incident.allowedActions.includes(action);
  return (
    <Stack maw={820}>
      <Anchor component={Link} to="/portal">
        Back to the portal
      </Anchor>
      <Title order={1}>
        {incident.reference}: {incident.shortDescription}
      </Title>
      <Group>
        <Text>Status:</Text>
        <Badge variant="outline" color="dark" size="lg">
          {customerStatus(incident.status)}
        </Badge>
      </Group>
      <ProblemAlert error={act.error} />
      {incident.status === 'resolved' && incident.resolution && (
        <Paper withBorder p="md" component="section" aria-labelledby="resolution-heading">
          <Title order={2} size="h4" id="resolution-heading">
            Resolution
          </Title>
          <Text my="xs">{incident.resolution.notes}</Text>
          {(can('accept-resolution') || can('reject-resolution')) && (
            <Stack>
              <Textarea label="If it is not fixed, tell us what is still wrong" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
              <Group>
                {can('accept-resolution') && <Button onClick={() => act.mutate({ action: 'accept-resolution', body: {} })}>Accept resolution</Button>}
                {can('reject-resolution') && (
                  <Button variant="default" disabled={!reason.trim()} onClick={() => act.mutate({ action: 'reject-resolution', body: { reason } })}>
                    Reject resolution
                  </Button>
                )}
              </Group>
            </Stack>
          )}
        </Paper>
      )}
      {incident.status === 'closed' && <Alert title="This ticket is closed">Thank you for confirming.</Alert>}
      {can('feedback') && (
        <Paper withBorder p="md" component="section" aria-labelledby="rate-heading">
          <Title order={2} size="h4" id="rate-heading">
            How did we do?
          </Title>
          <Group mt="xs">
            <Rating value={rating} onChange={setRating} aria-label="Rating, 1 to 5" />
            <Button disabled={rating === 0} onClick={() => act.mutate({ action: 'feedback', body: { rating } })}>
              Send rating
            </Button>
          </Group>
        </Paper>
      )}
      {incident.satisfaction && <Text role="status">You rated this {incident.satisfaction.rating} out of 5. Thank you.</Text>}
      <section aria-labelledby="comments-heading">
        <Title order={2} size="h4" id="comments-heading" mb="xs">
          Comments
        </Title>
        {incident.notes.length === 0 && <Text size="sm">No comments yet.</Text>}
        <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0 }}>
          {incident.notes.map((note, index) => (
            <Paper component="li" key={note.noteId ?? index} withBorder p="sm">
              <Text size="xs" c="dimmed">
                {note.by}, {new Date(note.at).toLocaleString()}
              </Text>
              <Text>{note.text}</Text>
            </Paper>
          ))}
        </Stack>
        {can('note') && (
          <Stack mt="sm">
            <Textarea label="Add a comment" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Button
              disabled={!comment.trim()}
              onClick={() => act.mutate({ action: 'note', body: { visibility: 'public', text: comment } })}
              style={{ alignSelf: 'flex-start' }}
            >
              Add comment
            </Button>
          </Stack>
        )}
      </section>
    </Stack>
  );
}
