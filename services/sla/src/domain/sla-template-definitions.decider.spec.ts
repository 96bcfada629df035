import { specification, ValidationFailed } from '@deskstream/kernel';
import { DEFAULT_DEFINITIONS } from './default-definitions';
import { definitionsInForce, slaDefinitionsDecider, type SlaDefinitionEvent } from './sla-definitions.decider';
import type { SlaDefinitionSpec } from './sla-definition.model';

const spec = specification(slaDefinitionsDecider);
const at = '2026-03-01T10:00:00.000Z';
const { version: _v, ...p1Response } = DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-response')!;
const hazardResponse: SlaDefinitionSpec = { ...p1Response, id: 'facilities-p1-response', durationMinutes: 10, calendar: 'round-the-clock' };
const adopt = (definitions: readonly SlaDefinitionSpec[]) => ({
  type: 'AdoptTemplateDefinitions' as const,
  data: { definitions, knownCalendars: ['24x7', 'business-hours', 'round-the-clock'], by: 'system:onboarding', at },
});
const saved = (definition: SlaDefinitionSpec, version: number): SlaDefinitionEvent => ({
  type: 'SlaDefinitionSaved',
  data: { definition: { ...definition, version }, warnings: [], by: 'admin', at },
});

describe("a new tenant's SLA definitions from its template", () => {
  it("given a tenant on the shipped definitions, then the template's are in force instead, each at version 1, and the shipped ones retired", () => {
    spec
      .given([])
      .when(adopt([hazardResponse, p1Response]))
      .thenState((state) => {
        expect(definitionsInForce(state).map((d) => [d.id, d.version, d.durationMinutes])).toEqual([
          ['p1-response', 1, 15],
          ['facilities-p1-response', 1, 10],
        ]);
      });
  });

  it('given definitions the tenant already made its own (an earlier delivery, or its admin first), then the template changes nothing', () => {
    spec
      .given([saved(p1Response, 1)])
      .when(adopt([hazardResponse]))
      .thenNothingHappened();
  });

  it('given a template definition on a calendar the tenant lacks, then it is refused, named by its place in the template', () => {
    spec
      .given([])
      .when(adopt([p1Response, { ...hazardResponse, calendar: 'mars' }]))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['definitions.1.calendar']));
  });
});
