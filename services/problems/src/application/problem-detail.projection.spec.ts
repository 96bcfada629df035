import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { ProblemEvent } from '../domain/problem.events';
import { assessed, at, cause, closed, fixed, inAnalysis, majorFlagged, recorded, workaround } from '../domain/problem.fixtures';
import { problemListProjection } from './problem-detail.projection';

const life = (events: readonly ProblemEvent[]) => recordedEvents<ProblemEvent>('problem-acme.prb-1', events, { tenantId: 'acme' });
const spec = projectionSpecification(problemListProjection);

describe('the problem list projection', () => {
  it('lists a recorded problem with the fields lists filter on', () => {
    const [first] = life([recorded]);
    spec
      .given()
      .when(first!)
      .then((doc) =>
        expect(doc).toMatchObject({
          id: 'prb-1',
          tenantId: 'acme',
          reference: 'PRB0001001',
          status: 'new',
          priority: 'P2',
          service: 'email',
          configurationItem: 'mx-01',
          category: 'software',
          origin: 'repeat-incidents',
          problemManager: null,
          knownError: false,
          major: false,
          openedAt: at(0),
          revision: 0,
        }),
      );
  });

  it('takes the assessment, the major flag and the searchable text as the problem moves on', () => {
    const events = life([recorded, assessed, majorFlagged]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => {
        expect(doc).toMatchObject({ problemManager: 'parker', assignmentGroup: 'messaging', major: true, revision: 2 });
        expect(doc!.searchText).toBe('mail relay drops connections\noutlook disconnects several times a day\n\n');
      });
  });

  it('is a known error once its workaround and cause are recorded, and both are searched', () => {
    const events = life([...inAnalysis, workaround, cause]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => {
        expect(doc).toMatchObject({ knownError: true, status: 'root-cause-analysis' });
        expect(doc!.searchText).toContain('restart the relay service\nconnection pool too small');
      });
  });

  it('shows a closed problem as closed, with the stream revision as its ETag', () => {
    const events = life([...inAnalysis, workaround, cause, fixed, closed]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ status: 'closed', revision: events.length - 1, updatedAt: events.at(-1)!.metadata.occurredAt }));
  });

  it('ignores what comes before the problem is recorded', () => {
    const [first] = life([assessed]);
    spec
      .given()
      .when(first!)
      .then((doc) => expect(doc).toBeNull());
  });
});
