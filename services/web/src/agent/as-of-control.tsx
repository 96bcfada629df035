import { Button, Group, Paper, Slider, Text, Title } from '@mantine/core';
import type { AsOfStop } from './as-of-stops';

/**
 * Time travel: one stop per instant of the ticket's history, the last being "now". Moving back shows
 * the record exactly as it stood then (the API's `?asOf=`).
 */
export function AsOfControl({ stops, position, onChange }: { stops: readonly AsOfStop[]; position: number | null; onChange(position: number | null): void }) {
  const last = stops.length;
  const value = position ?? last;
  const describe = (stop: number) =>
    stop >= last ? 'Now' : `${new Date(stops[stop]!.at).toLocaleString()}, after ${stops[stop]!.entry.type.replace(/^Incident/, '')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="as-of-heading" bg={position === null ? undefined : 'yellow.0'}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="as-of-heading">
          As of
        </Title>
        <Button size="xs" variant="default" disabled={position === null} onClick={() => onChange(null)}>
          Back to now
        </Button>
      </Group>
      <Slider
        min={0}
        max={last}
        step={1}
        value={value}
        onChange={(stop) => onChange(stop >= last ? null : stop)}
        label={describe}
        marks={stops.map((_, index) => ({ value: index }))}
        thumbLabel="As of"
        thumbProps={{ 'aria-valuetext': describe(value) }}
        mb="md"
      />
      <Text size="sm" role="status" aria-live="polite" data-testid="as-of-status">
        {position === null ? 'Showing the ticket as it is now.' : `Showing the ticket as it stood on ${describe(value)}. Actions are off in the past.`}
      </Text>
    </Paper>
  );
}
