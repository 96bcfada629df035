import { Badge } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck, IconClock, IconMinus, IconPlayerPause, type Icon } from '@tabler/icons-react';
import type { SlaClock } from '../api/types';
import { bandOf, formatDuration, minutesLeft, type SlaBand } from './sla-band';

const LOOK: Record<SlaBand, { color: string; icon: Icon; label: (clock: SlaClock, now: number) => string }> = {
  ok: { color: 'teal.9', icon: IconClock, label: (c, now) => `${formatDuration(minutesLeft(c, now))} left` },
  warning: { color: 'yellow.4', icon: IconAlertTriangle, label: (c, now) => `Warning: ${formatDuration(minutesLeft(c, now))} left` },
  breached: { color: 'red.9', icon: IconAlertOctagon, label: () => 'Breached' },
  paused: { color: 'gray.7', icon: IconPlayerPause, label: () => 'Paused' },
  met: { color: 'teal.9', icon: IconCircleCheck, label: () => 'Met' },
  none: { color: 'gray.7', icon: IconMinus, label: () => 'No SLA' },
};

/** The SLA countdown: text and an icon for each band, so colour is never the only signal. */
export function SlaBadge({ clock, now }: { clock: SlaClock | undefined; now: number }) {
  const band = bandOf(clock, now);
  const look = LOOK[band];
  const Glyph = look.icon;
  const text = clock ? look.label(clock, now) : 'No SLA';
  return (
    <Badge
      color={look.color}
      variant={band === 'ok' || band === 'none' || band === 'met' ? 'outline' : 'filled'}
      leftSection={<Glyph size={14} aria-hidden="true" />}
      title={clock ? `${clock.name}${clock.dueAt ? `, due ${new Date(clock.dueAt).toLocaleString()}` : ''}` : undefined}
      autoContrast
      data-band={band}
    >
      {clock ? `${clock.target === 'response' ? 'Response' : 'Resolution'}: ${text}` : text}
    </Badge>
  );
}
