import type { SlaClock } from '../api/types';
import { bandOf, clockToShow, formatDuration } from './sla-band';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const clock = (overrides: Partial<SlaClock>): SlaClock => ({
  id: 'c',
  reference: 'INC0001001',
  name: 'P2 resolution',
  target: 'resolution',
  stage: 'in-progress',
  breached: false,
  dueAt: '2026-12-02T16:00:00Z',
  targetMinutes: 480,
  remainingMinutes: 240,
  ...overrides,
});

describe('SLA countdown bands', () => {
  it('is on time while more than a quarter of the target is left', () => {
    expect(bandOf(clock({}), NOW)).toBe('ok');
  });

  it('warns when a quarter of the target or less is left', () => {
    expect(bandOf(clock({ dueAt: '2026-12-02T14:00:00Z' }), NOW)).toBe('warning');
  });

  it('is breached once due, even before the server says so', () => {
    expect(bandOf(clock({ dueAt: '2026-12-02T11:59:00Z' }), NOW)).toBe('breached');
    expect(bandOf(clock({ breached: true }), NOW)).toBe('breached');
  });

  it('shows a paused clock as paused, and a completed one as met', () => {
    expect(bandOf(clock({ stage: 'paused', dueAt: '2026-12-02T11:00:00Z' }), NOW)).toBe('paused');
    expect(bandOf(clock({ stage: 'completed' }), NOW)).toBe('met');
    expect(bandOf(undefined, NOW)).toBe('none');
  });

  it('shows the running or paused clock due soonest, not a completed one', () => {
    const response = clock({ id: 'response', target: 'response', stage: 'completed', dueAt: '2026-12-02T13:00:00Z' });
    const resolution = clock({ id: 'resolution' });
    expect(clockToShow([response, resolution])?.id).toBe('resolution');
    expect(clockToShow([response])?.id).toBe('response');
  });

  it('formats time left in days, hours and minutes', () => {
    expect(formatDuration(3 * 1440 + 125)).toBe('3d 2h');
    expect(formatDuration(125)).toBe('2h 5m');
    expect(formatDuration(-5)).toBe('0m');
  });
});
