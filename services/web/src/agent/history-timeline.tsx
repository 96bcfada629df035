import { Text, Timeline, Title } from '@mantine/core';
import type { HistoryEntry, RecordLink } from '../api/types';

const isLink = (value: unknown): value is RecordLink => typeof value === 'object' && value !== null && 'id' in value && 'reference' in value;

/** A link reads as the reference people quote (its id while the reference is unknown). */
const shown = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (isLink(value)) return value.reference ?? value.id;
  if (Array.isArray(value) && value.every(isLink)) return value.map(shown).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** Every event of the ticket: who, when, what changed; events after the "As of" moment are marked as later. */
export function HistoryTimeline({ history, asOf }: { history: readonly HistoryEntry[]; asOf: string | undefined }) {
  const active = asOf === undefined ? history.length - 1 : history.filter((entry) => entry.at <= asOf).length - 1;
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading" mb="sm">
        History
      </Title>
      <Timeline active={active} bulletSize={16} lineWidth={2}>
        {history.map((entry, index) => (
          <Timeline.Item key={entry.revision} title={entry.type.replace(/^Incident/, '') || entry.type} lineVariant={index >= active ? 'dashed' : 'solid'}>
            <Text size="xs" c="dark.6">
              {new Date(entry.at).toLocaleString()} · {entry.actor}
              {entry.visibility === 'internal' ? ' · internal' : ''}
              {index > active ? ' · later than the "As of" moment' : ''}
            </Text>
            {entry.changes
              .filter((change) => entry.type !== 'IncidentOpened' || ['status', 'classification.priority'].includes(change.field))
              .slice(0, 4)
              .map((change) => (
                <Text size="xs" key={change.field} style={{ overflowWrap: 'anywhere' }}>
                  {change.field}: {shown(change.from)} → {shown(change.to)}
                </Text>
              ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
