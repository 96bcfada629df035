import { IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import type { KepnerTregoeWorksheet } from './kepner-tregoe.rules';
import { inAnalysis, recorded, spec, stamp, taskAdded } from './problem.fixtures';

describe('problem tasks', () => {
  it('adds an investigation step with its assignee, and completes it with an outcome', () => {
    spec
      .given([recorded])
      .when({ type: 'AddTask', data: { taskId: 't-1', title: 'Collect relay logs', assignee: 'robin', ...stamp(3) } })
      .then([taskAdded('t-1')]);
    spec
      .given([recorded, taskAdded('t-1')])
      .when({ type: 'CompleteTask', data: { taskId: 't-1', outcome: 'pool at 100%', ...stamp(4) } })
      .then([{ type: 'ProblemTaskCompleted', data: { taskId: 't-1', outcome: 'pool at 100%', ...stamp(4) } }]);
  });

  it('a task that is not open cannot be completed; with no open task the action is not allowed', () => {
    spec
      .given([recorded, taskAdded('t-1')])
      .when({ type: 'CompleteTask', data: { taskId: 't-9', outcome: 'x', ...stamp(4) } })
      .thenThrows(ValidationFailed);
    spec
      .given([recorded])
      .when({ type: 'CompleteTask', data: { taskId: 't-1', outcome: 'x', ...stamp(4) } })
      .thenThrows(IllegalTransition);
  });
});

describe('timeline entries', () => {
  it('records what happened when, and its source', () => {
    spec
      .given(inAnalysis)
      .when({
        type: 'AddTimelineEntry',
        data: { entryId: 'e-1', kind: 'deployment', text: 'relay 4.1 deployed', source: 'ci pipeline', happenedAt: '2026-01-04T22:00:00Z', ...stamp(5) },
      })
      .then([
        {
          type: 'TimelineEntryAdded',
          data: { entryId: 'e-1', kind: 'deployment', text: 'relay 4.1 deployed', source: 'ci pipeline', happenedAt: '2026-01-04T22:00:00.000Z', ...stamp(5) },
        },
      ]);
  });

  it('refuses an entry from the future or without a time', () => {
    const entry = (happenedAt: string) =>
      ({ type: 'AddTimelineEntry', data: { entryId: 'e', kind: 'log', text: 't', source: 's', happenedAt, ...stamp(5) } }) as const;
    spec.given(inAnalysis).when(entry('2027-01-01T00:00:00Z')).thenThrows(ValidationFailed);
    spec.given(inAnalysis).when(entry('yesterday')).thenThrows(ValidationFailed);
  });
});

describe('Kepner-Tregoe and 5 whys are versioned with the problem', () => {
  const worksheet: KepnerTregoeWorksheet = {
    rows: [
      {
        dimension: 'what',
        is: { text: 'relay mx-01 drops SMTP' },
        isNot: { text: 'mx-02' },
        distinctions: { text: 'mx-01 runs 4.1' },
        changes: { text: '4.1 deployed' },
      },
      { dimension: 'when', is: { needsData: true }, isNot: { notApplicable: 'continuous' }, distinctions: { needsData: true }, changes: { needsData: true } },
    ],
    causes: [{ causeId: 'c1', description: 'release 4.1', tests: [{ dimension: 'what', explainsIs: true, explainsIsNot: true }] }],
  };

  it('each update is the next version of the whole worksheet', () => {
    spec
      .given(inAnalysis)
      .when({ type: 'UpdateKepnerTregoe', data: { worksheet, ...stamp(6) } })
      .then([{ type: 'KepnerTregoeUpdated', data: { version: 1, worksheet, ...stamp(6) } }]);
    spec
      .given([...inAnalysis, { type: 'KepnerTregoeUpdated', data: { version: 1, worksheet, ...stamp(6) } }])
      .when({ type: 'UpdateKepnerTregoe', data: { worksheet, ...stamp(7) } })
      .thenState((s) => expect(s.status !== 'none' && s.kepnerTregoe?.version).toBe(2));
  });

  it('refuses a row twice, a cell that is neither text, n/a nor needs-data, and a test on a missing row', () => {
    const bad: KepnerTregoeWorksheet = {
      rows: [worksheet.rows[0]!, { ...worksheet.rows[0]!, is: {} as never }],
      causes: [{ causeId: 'c1', description: 'x', tests: [{ dimension: 'extent', explainsIs: true, explainsIsNot: true }] }],
    };
    spec
      .given(inAnalysis)
      .when({ type: 'UpdateKepnerTregoe', data: { worksheet: bad, ...stamp(6) } })
      .thenThrows(ValidationFailed, (e: ValidationFailed) => {
        expect(e.errors.map((x) => x.field)).toEqual(['rows.1.dimension', 'rows.1.is', 'causes.0.tests.0.dimension']);
      });
  });

  it('the 5 whys are an ordered chain of why, answer and evidence', () => {
    const steps = [
      { why: 'Why does Outlook disconnect?', answer: 'The relay drops connections', evidence: 'relay log 09:02' },
      { why: 'Why does the relay drop them?', answer: 'Its pool is exhausted', evidence: null },
    ];
    spec
      .given(inAnalysis)
      .when({ type: 'UpdateFiveWhys', data: { steps, ...stamp(8) } })
      .then([{ type: 'FiveWhysUpdated', data: { version: 1, steps, ...stamp(8) } }]);
    spec
      .given(inAnalysis)
      .when({ type: 'UpdateFiveWhys', data: { steps: [], ...stamp(8) } })
      .thenThrows(ValidationFailed);
    spec
      .given(inAnalysis)
      .when({ type: 'UpdateFiveWhys', data: { steps: [{ why: 'x', answer: '', evidence: null }], ...stamp(8) } })
      .thenThrows(ValidationFailed, (e: ValidationFailed) => {
        expect(e.errors.map((x) => x.field)).toEqual(['steps.0.answer']);
      });
  });
});
