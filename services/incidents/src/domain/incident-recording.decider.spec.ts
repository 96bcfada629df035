import { AlreadyExists, ValidationFailed } from '@deskstream/kernel';
import { assigned, at, open, opened, spec, T0 } from './incident.fixtures';
import type { IncidentCommand } from './incident.commands';
import { ensureOpenable } from './decide-recording';
import { DEFAULT_PRIORITY_MATRIX, priorityFor, validatePriorityMatrix, type PriorityMatrix } from './priority-matrix';

const classify = (impact: number, urgency: number, extra: Partial<Extract<IncidentCommand, { type: 'ClassifyIncident' }>['data']> = {}): IncidentCommand => ({
  type: 'ClassifyIncident',
  data: {
    impact,
    urgency,
    category: 'email',
    subcategory: null,
    symptom: null,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    majorIncidentRules: [],
    by: 'alice',
    at: at(5),
    ...extra,
  },
});

describe('recording an incident', () => {
  it('records caller, channel, service, CI, texts and the reference given to it', () => {
    spec.given([]).when(open()).then([opened]);
  });

  it('takes impact x urgency at recording and counts it as classified', () => {
    spec
      .given([])
      .when(open({ impact: 1, urgency: 2, category: 'email', subcategory: 'send', symptom: 'error' }))
      .then([
        {
          ...opened,
          data: { ...opened.data, impact: 1, urgency: 2, priority: 'P2', category: 'email', subcategory: 'send', symptom: 'error', classified: true },
        },
      ]);
  });

  it('tells before a reference is taken whether an incident can be opened, by the same checks as opening it', () => {
    const { reference: _reference, ...opening } = (open() as Extract<IncidentCommand, { type: 'OpenIncident' }>).data;
    expect(() => ensureOpenable(opening)).not.toThrow();
    expect(() => ensureOpenable({ ...opening, shortDescription: '' })).toThrow(ValidationFailed);
    expect(() => ensureOpenable({ ...opening, impact: 7, urgency: 1 })).toThrow(
      new ValidationFailed([{ field: 'impact', message: 'impact must be 1, 2 or 3' }]),
    );
    expect(() => ensureOpenable({ ...opening, impact: 1 })).toThrow(new ValidationFailed([{ field: 'urgency', message: 'impact and urgency go together' }]));
  });

  it('names every missing or invalid field', () => {
    spec
      .given([])
      .when(open({ shortDescription: '', description: 'x'.repeat(10_001), reference: 'X1', channel: 'fax' as never }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['shortDescription', 'description', 'channel', 'reference']);
      });
  });

  it('refuses impact without urgency', () => {
    spec
      .given([])
      .when(open({ impact: 1 }))
      .thenThrows(ValidationFailed);
  });

  it('cannot record the same incident twice', () => {
    spec.given([opened]).when(open()).thenThrows(AlreadyExists);
  });

  it('is declared major by a tenant rule (any P1 on a named service)', () => {
    const rules = [{ name: 'p1-on-email', priority: 'P1' as const, service: 'email', manager: 'mona' }];
    spec
      .given([])
      .when(open({ impact: 1, urgency: 1, majorIncidentRules: rules }))
      .then([
        { ...opened, data: { ...opened.data, impact: 1, urgency: 1, priority: 'P1', classified: true } },
        {
          type: 'MajorIncidentDeclared',
          data: {
            manager: 'mona',
            reason: 'tenant rule: p1-on-email',
            rule: 'p1-on-email',
            updateIntervalMinutes: 30,
            nextUpdateDueAt: at(30),
            by: 'rita',
            at: T0,
          },
        },
      ]);
    spec
      .given([])
      .when(open({ impact: 1, urgency: 1, service: 'print', majorIncidentRules: rules }))
      .thenState((s) => {
        expect(s.status !== 'none' && s.major).toBeNull();
      });
  });
});

describe('classification', () => {
  it.each([
    [1, 1, 'P1'],
    [1, 3, 'P3'],
    [2, 2, 'P3'],
    [3, 1, 'P3'],
    [3, 3, 'P5'],
  ])('impact %i x urgency %i gives %s through the default ITIL matrix', (impact, urgency, priority) => {
    expect(priorityFor(DEFAULT_PRIORITY_MATRIX, impact, urgency)).toBe(priority);
  });

  it('uses the tenant matrix when it has one', () => {
    const flat: PriorityMatrix = validatePriorityMatrix([
      ['P2', 'P2', 'P2'],
      ['P3', 'P3', 'P3'],
      ['P4', 'P4', 'P4'],
    ]);
    spec
      .given([opened])
      .when(classify(1, 1, { priorityMatrix: flat }))
      .thenState((s) => {
        expect(s.status !== 'none' && s.classification.priority).toBe('P2');
      });
    expect(() => validatePriorityMatrix([['P1']])).toThrow(ValidationFailed);
  });

  it('the first classification of an unclassified incident is not a reclassification', () => {
    spec
      .given([opened])
      .when(classify(2, 1))
      .then([
        {
          type: 'IncidentClassified',
          data: {
            impact: 2,
            urgency: 1,
            priority: 'P2',
            category: 'email',
            subcategory: null,
            symptom: null,
            reclassification: false,
            reclassificationCount: 0,
            by: 'alice',
            at: at(5),
          },
        },
      ]);
  });

  it('records and counts reclassification', () => {
    const first = {
      type: 'IncidentClassified' as const,
      data: {
        impact: 2 as const,
        urgency: 1 as const,
        priority: 'P2' as const,
        category: 'email',
        subcategory: null,
        symptom: null,
        reclassification: false,
        reclassificationCount: 0,
        by: 'alice',
        at: at(5),
      },
    };
    spec
      .given([opened, first])
      .when(classify(3, 2))
      .then([{ type: 'IncidentClassified', data: { ...first.data, impact: 3, urgency: 2, priority: 'P4', reclassification: true, reclassificationCount: 1 } }]);
  });

  it('a classification that changes nothing records nothing', () => {
    spec
      .given([opened, assigned])
      .when(classify(3, 3, { category: null }))
      .then([
        {
          type: 'IncidentClassified',
          data: {
            impact: 3,
            urgency: 3,
            priority: 'P5',
            category: null,
            subcategory: null,
            symptom: null,
            reclassification: false,
            reclassificationCount: 0,
            by: 'alice',
            at: at(5),
          },
        },
      ]);
    const classified = { ...opened, data: { ...opened.data, classified: true } };
    spec
      .given([classified])
      .when(classify(3, 3, { category: null }))
      .then([]);
  });

  it('refuses impact or urgency outside 1..3, naming the field', () => {
    spec
      .given([opened])
      .when(classify(4, 0))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['impact', 'urgency']);
      });
  });
});
