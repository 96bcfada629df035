import type { HistoryEntry } from '../api/types';
import { asOfStops } from './as-of-stops';

const entry = (revision: number, type: string, at: string): HistoryEntry => ({ revision, type, actor: 'agent', at, visibility: 'public', changes: [] });

describe('As of stops', () => {
  it('has one stop per instant, holding the last event written at it', () => {
    const stops = asOfStops([
      entry(0, 'IncidentOpened', '2026-12-02T09:00:00.000Z'),
      entry(1, 'IncidentAssigned', '2026-12-02T09:00:00.000Z'),
      entry(2, 'IncidentWorkStarted', '2026-12-02T09:05:00.000Z'),
    ]);
    expect(stops.map((stop) => [stop.at, stop.entry.type])).toEqual([
      ['2026-12-02T09:00:00.000Z', 'IncidentAssigned'],
      ['2026-12-02T09:05:00.000Z', 'IncidentWorkStarted'],
    ]);
  });

  it('has no stop for a ticket without history', () => {
    expect(asOfStops([])).toEqual([]);
  });
});
