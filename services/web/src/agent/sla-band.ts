import type { SlaClock } from '../api/types';

export type SlaBand = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'none';

/** The clock to show for a ticket: a running or paused one, the soonest due first. */
export function clockToShow(clocks: readonly SlaClock[]): SlaClock | undefined {
  const live = clocks.filter((clock) => clock.stage === 'in-progress' || clock.stage === 'paused');
  return [...live].sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))[0] ?? clocks.find((clock) => clock.stage === 'completed');
}

/** Warning when a quarter of the target or less is left; breached past it; paused while the clock waits. */
export function bandOf(clock: SlaClock | undefined, now: number): SlaBand {
  if (!clock) return 'none';
  if (clock.breached) return 'breached';
  if (clock.stage === 'completed') return 'met';
  if (clock.stage === 'paused') return 'paused';
  const left = minutesLeft(clock, now);
  if (left <= 0) return 'breached';
  return left <= clock.targetMinutes / 4 ? 'warning' : 'ok';
}

/** Calendar minutes until due, counted down live between refreshes. */
export function minutesLeft(clock: SlaClock, now: number): number {
  if (!clock.dueAt) return clock.remainingMinutes;
  return (Date.parse(clock.dueAt) - now) / 60_000;
}

export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${mins}m`;
  return `${mins}m`;
}
