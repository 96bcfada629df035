import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { Loading } from '../ui/loading';
import { isTyping, usePreferences } from '../ui/preferences';
import { ProblemAlert } from '../ui/problem-alert';
import { ActionDialog } from './action-dialog';
import { ActionsPanel } from './actions-panel';
import { AsOfControl } from './as-of-control';
import { asOfStops } from './as-of-stops';
import { HistoryTimeline } from './history-timeline';
import { linkedRecordsOf } from './linked-records';
import { LinkedRecordsPanel } from './linked-records-panel';
import { MajorIncidentPanel } from './major-incident-panel';
import { ACTIONS } from './incident-actions';
import { NoteComposer, NotesList } from './notes-list';
import { useNeighbours } from './queue-data';
import { SlaBadge } from './sla-badge';
import { useTicket } from './ticket-data';

/** One incident for the desk: every action its status allows, notes, SLA clocks, knowledge, and time travel. */
export function TicketPage() {
  const { reference = '' } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [position, setPosition] = useState<number | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { shortcuts } = usePreferences();
  const neighbours = useNeighbours(reference, params);
  const go = (to: string | null) => to && void navigate(`/agent/tickets/${to}${location.search}`);
  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'j' && neighbours.next) void navigate(`/agent/tickets/${neighbours.next}${location.search}`);
      if (event.key === 'k' && neighbours.previous) void navigate(`/agent/tickets/${neighbours.previous}${location.search}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, neighbours, navigate, location.search]);
  useEffect(() => setPosition(null), [reference]);
  const base = useTicket(reference, undefined);
  const history = base.history.data ?? [];
  const stops = asOfStops(history);
  const asOf = position === null ? undefined : stops[position]?.at;
  const { incident, clocks, suggestions, settings } = useTicket(reference, asOf);
  const act = useMutation({
    mutationFn: ({ name, body }: { name: string; body: Record<string, unknown> }) =>
      api(`/incidents/${reference}/${name}`, { body, headers: { 'if-match': `"${incident.data?.revision}"` } }),
    onSuccess: () => {
      setAction(null);
      void queryClient.invalidateQueries({ queryKey: ['incident', reference] });
      void queryClient.invalidateQueries({ queryKey: ['incident-history', reference] });
      void queryClient.invalidateQueries({ queryKey: ['incident-clocks', reference] });
      void queryClient.invalidateQueries({ queryKey: ['queue'] });
    },
  });
  if (incident.isPending) return <Loading />;
  if (incident.error) return <ProblemAlert error={incident.error} />;
  const ticket = incident.data;
  const past = position !== null;
  const spec = action ? ACTIONS[action] : undefined;
  const buttons = ticket.allowedActions.filter((name) => name in ACTIONS);
  return (
    <Stack>
      <Group gap="md" component="nav" aria-label="Queue navigation">
        <Anchor component={Link} to={`/agent${location.search}`}>
          Back to the queue
        </Anchor>
        <Button size="compact-sm" variant="default" disabled={!neighbours.previous} onClick={() => go(neighbours.previous)}>
          Previous ticket{shortcuts ? ' (k)' : ''}
        </Button>
        <Button size="compact-sm" variant="default" disabled={!neighbours.next} onClick={() => go(neighbours.next)}>
          Next ticket{shortcuts ? ' (j)' : ''}
        </Button>
      </Group>
      <Title order={1}>
        {ticket.reference}: {ticket.shortDescription}
      </Title>
      <Group gap="xs">
        <Badge size="lg" variant="outline" color="dark" data-testid="ticket-status">
          Status: {ticket.status}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Priority: {ticket.priority}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Group: {ticket.group ?? '—'}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Assignee: {ticket.assignee ?? 'unassigned'}
        </Badge>
        {ticket.major && (
          <Badge size="lg" color="red.9">
            Major incident
          </Badge>
        )}
        {ticket.hold && (
          <Badge size="lg" color="gray.8">
            On hold: {ticket.hold.reason}
            {ticket.hold.thirdParty ? ` (${ticket.hold.thirdParty})` : ''}
          </Badge>
        )}
        {ticket.masterIncident && (
          <Badge size="lg" variant="outline" color="red.9">
            Child of major incident {ticket.masterIncident.reference ?? ''}
          </Badge>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <AsOfControl stops={stops} position={position} onChange={setPosition} />
            {ticket.major && <MajorIncidentPanel major={ticket.major} />}
            <ActionsPanel
              headingId="actions-heading"
              names={buttons.filter((name) => name !== 'note')}
              specs={ACTIONS}
              disabled={past}
              error={action ? null : act.error}
              onRun={(name) => act.mutate({ name, body: {} })}
              onOpen={setAction}
            />
            <Paper withBorder p="md" component="section" aria-labelledby="description-heading">
              <Title order={2} size="h4" id="description-heading">
                Description
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
              {ticket.resolution && (
                <Text mt="sm">
                  <strong>Resolution ({ticket.resolution.closingCategory}):</strong> {ticket.resolution.notes}
                </Text>
              )}
            </Paper>
            <NotesList notes={ticket.notes} />
            {ticket.allowedActions.includes('note') && (
              <NoteComposer
                disabled={past}
                busy={act.isPending}
                onAdd={(visibility, text, links) =>
                  act.mutateAsync({
                    name: 'note',
                    body: { visibility, text, ...Object.fromEntries(Object.entries(links).filter(([, value]) => value.trim())) },
                  })
                }
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="sla-heading">
              <Title order={2} size="h4" id="sla-heading" mb="xs">
                SLA clocks
              </Title>
              {(clocks.data ?? []).length === 0 && <Text size="sm">No clock runs on this ticket.</Text>}
              <Stack gap={6}>
                {(clocks.data ?? []).map((clock) => (
                  <Group key={clock.id} gap="xs">
                    <Text size="sm">{clock.name}</Text>
                    <SlaBadge clock={clock} now={asOf ? Date.parse(asOf) : now} />
                  </Group>
                ))}
              </Stack>
            </Paper>
            <LinkedRecordsPanel linked={linkedRecordsOf(ticket.notes, ticket.relatedProblem ?? null)} />
            <Paper withBorder p="md" component="aside" aria-labelledby="knowledge-heading">
              <Title order={2} size="h4" id="knowledge-heading" mb="xs">
                Knowledge suggestions
              </Title>
              {(suggestions.data?.items ?? []).length === 0 && <Text size="sm">No article matches yet.</Text>}
              <ul>
                {(suggestions.data?.items ?? []).map((item) => (
                  <li key={item.id}>
                    {item.reference}: {item.title}
                  </li>
                ))}
              </ul>
            </Paper>
            <Paper withBorder p="md">
              <HistoryTimeline history={history} asOf={asOf} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {spec && action && (
        <ActionDialog
          spec={spec}
          options={{ closingCategories: settings.data?.closingCategories ?? [] }}
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
