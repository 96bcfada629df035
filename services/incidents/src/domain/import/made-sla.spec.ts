import type { ObservedClock } from '../ticket-sla.decider';
import { compareMadeSla, madeSlaOf } from './made-sla';

const clock = (clockId: string, type: ObservedClock['type'], breached?: boolean): ObservedClock => ({
  clockId,
  type,
  stage: 'completed',
  dueAt: '2026-01-05T13:00:00.000Z',
  ...(breached === undefined ? {} : { breached }),
});

describe('made_sla from the replayed SLA clocks', () => {
  it('made when no customer SLA clock breached; an OLA or UC breach does not count', () => {
    expect(madeSlaOf([clock('response', 'sla', false), clock('resolution', 'sla', false), clock('ola', 'ola', true)])).toBe(true);
  });

  it('missed when any customer SLA clock breached', () => {
    expect(madeSlaOf([clock('response', 'sla', false), clock('resolution', 'sla', true)])).toBe(false);
  });

  it('unknown when no customer SLA clock ran', () => {
    expect(madeSlaOf([clock('ola', 'ola', false)])).toBeNull();
    expect(madeSlaOf([])).toBeNull();
  });

  it('compared with the source only when both say something', () => {
    expect(compareMadeSla(true, [clock('resolution', 'sla', true)])).toEqual({ derived: false, source: true, agrees: false });
    expect(compareMadeSla(false, [clock('resolution', 'sla', true)])).toEqual({ derived: false, source: false, agrees: true });
    expect(compareMadeSla(null, [clock('resolution', 'sla', true)])).toBeNull();
    expect(compareMadeSla(true, [])).toBeNull();
  });
});
