import { NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { DEFAULT_DEFINITIONS } from './default-definitions';
import { definitionsInForce, slaDefinitionsDecider } from './sla-definitions.decider';
import type { SlaDefinitionSpec } from './sla-definition.model';

const spec = specification(slaDefinitionsDecider);
const at = '2026-03-01T10:00:00.000Z';
const calendars = ['24x7', 'business-hours'];
const { version: _v, ...p2Response } = DEFAULT_DEFINITIONS.find((d) => d.id === 'p2-response')!;
const save = (definition: SlaDefinitionSpec) => ({ type: 'SaveDefinition' as const, data: { definition, knownCalendars: calendars, by: 'admin', at } });

describe('SLA definitions', () => {
  it('ship defaults: a response and a resolution clock for every priority, and fulfilment for requests', () => {
    const ids = definitionsInForce(slaDefinitionsDecider.initialState()).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['p1-response', 'p1-resolution', 'p5-resolution', 'request-fulfilment']));
    expect(DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-response')).toMatchObject({ durationMinutes: 15, calendar: '24x7' });
    expect(DEFAULT_DEFINITIONS.find((d) => d.id === 'p3-resolution')).toMatchObject({ durationMinutes: 3 * 9 * 60, calendar: 'business-hours' });
  });

  it('are versioned: changing a default makes version 1, the next change version 2', () => {
    const saved = {
      type: 'SlaDefinitionSaved' as const,
      data: { definition: { ...p2Response, durationMinutes: 30, version: 1 }, warnings: [], by: 'admin', at },
    };
    spec
      .given([])
      .when(save({ ...p2Response, durationMinutes: 30 }))
      .then([saved]);
    spec
      .given([saved])
      .when(save({ ...p2Response, durationMinutes: 45 }))
      .thenState((state) => {
        expect(definitionsInForce(state).find((d) => d.id === 'p2-response')).toMatchObject({ durationMinutes: 45, version: 2 });
      });
  });

  it('warn about conditions that can never attach (start implies stop) or never run (start implies pause)', () => {
    const neverAttaches = {
      ...p2Response,
      id: 'odd',
      conditions: { start: { status: ['resolved' as const] }, stop: { status: ['resolved' as const, 'closed' as const] } },
    };
    spec
      .given([])
      .when(save(neverAttaches))
      .thenState((state) => {
        expect(state.status).toBe('customised');
      });
    const [event] = slaDefinitionsDecider.decide(save(neverAttaches), slaDefinitionsDecider.initialState());
    expect(event!.type === 'SlaDefinitionSaved' && event!.data.warnings).toEqual([expect.stringContaining('can never attach')]);
    const neverRuns = {
      ...p2Response,
      id: 'odd2',
      conditions: { start: { status: ['on-hold' as const] }, pause: { status: ['on-hold' as const, 'new' as const] } },
    };
    const [paused] = slaDefinitionsDecider.decide(save(neverRuns), slaDefinitionsDecider.initialState());
    expect(paused!.type === 'SlaDefinitionSaved' && paused!.data.warnings).toEqual([expect.stringContaining('never run or resume')]);
    const fine = slaDefinitionsDecider.decide(save(p2Response), slaDefinitionsDecider.initialState());
    expect(fine[0]!.type === 'SlaDefinitionSaved' && fine[0]!.data.warnings).toEqual([]);
  });

  it('refuses an unknown calendar, warnings outside 0-100 and a response nothing can satisfy', () => {
    spec
      .given([])
      .when(save({ ...p2Response, calendar: 'mars', warnings: [50, 100], responseBy: [] }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['calendar', 'responseBy', 'warnings.1']));
  });

  it('retires a definition (no new clocks), and refuses to retire one not in force', () => {
    spec
      .given([])
      .when({ type: 'RetireDefinition', data: { id: 'p5-response', by: 'admin', at } })
      .thenState((state) => {
        expect(definitionsInForce(state).map((d) => d.id)).not.toContain('p5-response');
      });
    spec
      .given([])
      .when({ type: 'RetireDefinition', data: { id: 'nothing', by: 'admin', at } })
      .thenThrows(NotFound);
  });

  it('warn about resume and reset conditions that can never act: resume without pause, resume that implies pause, a reset naming nothing', () => {
    const warningsOf = (conditions: SlaDefinitionSpec['conditions']) => {
      const [event] = slaDefinitionsDecider.decide(save({ ...p2Response, id: 'odd', conditions }), slaDefinitionsDecider.initialState());
      return event!.type === 'SlaDefinitionSaved' ? event!.data.warnings : [];
    };
    expect(warningsOf({ start: {}, resume: { status: ['in-progress'] } })).toEqual([expect.stringContaining('never resumes')]);
    expect(warningsOf({ start: {}, pause: { status: ['on-hold'] }, resume: { status: ['on-hold'], holdReason: ['awaiting-caller'] } })).toEqual([
      expect.stringContaining('a paused clock can never resume'),
    ]);
    expect(warningsOf({ start: {}, reset: {} })).toEqual([expect.stringContaining('never restarts')]);
    expect(warningsOf({ start: {}, pause: { status: ['on-hold'] }, resume: { status: ['in-progress'] }, reset: { on: ['group-changed'] } })).toEqual([]);
    expect(warningsOf({ start: {}, reset: { group: ['service-desk'] } })).toEqual([]);
  });

  it('read a definition saved with `resetOn` (its earlier shape) as a reset on those changes', () => {
    const stored = { ...p2Response, id: 'ola', conditions: { start: { groupAssigned: true }, resetOn: ['group-changed'] }, version: 1 };
    spec
      .given([{ type: 'SlaDefinitionSaved', data: { definition: stored as never, warnings: [], by: 'admin', at } }])
      .when({ type: 'RetireDefinition', data: { id: 'p5-response', by: 'admin', at } })
      .thenState((state) => {
        expect(definitionsInForce(state).find((d) => d.id === 'ola')!.conditions).toEqual({ start: { groupAssigned: true }, reset: { on: ['group-changed'] } });
      });
  });

  it('take a deadline field instead of a duration, one or the other, counting the first or the last cycle', () => {
    const byDeadline = { ...p2Response, id: 'updates', durationMinutes: null, deadlineField: 'nextUpdateDueAt' as const, cycles: 'last' as const };
    spec
      .given([])
      .when(save(byDeadline))
      .thenState((state) =>
        expect(definitionsInForce(state).find((d) => d.id === 'updates')).toMatchObject({ durationMinutes: null, deadlineField: 'nextUpdateDueAt' }),
      );
    const fieldsOf = (definition: SlaDefinitionSpec) => () => slaDefinitionsDecider.decide(save(definition), slaDefinitionsDecider.initialState());
    for (const [definition, fields] of [
      [{ ...byDeadline, durationMinutes: 60 }, ['durationMinutes', 'deadlineField']],
      [{ ...byDeadline, deadlineField: null }, ['durationMinutes', 'deadlineField']],
      [{ ...byDeadline, cycles: 'sum' as const }, ['cycles']],
    ] as const) {
      expect(fieldsOf(definition)).toThrow(ValidationFailed);
      try {
        fieldsOf(definition)();
      } catch (error) {
        expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual(fields);
      }
    }
  });

  it('read a definition saved before deadlines existed as one with a duration', () => {
    const { deadlineField: _none, ...stored } = { ...p2Response, id: 'old', version: 1 };
    spec
      .given([{ type: 'SlaDefinitionSaved', data: { definition: stored as never, warnings: [], by: 'admin', at } }])
      .when({ type: 'RetireDefinition', data: { id: 'p5-response', by: 'admin', at } })
      .thenState((state) => expect(definitionsInForce(state).find((d) => d.id === 'old')).toMatchObject({ durationMinutes: 60, deadlineField: null }));
  });
});
