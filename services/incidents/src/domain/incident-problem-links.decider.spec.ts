import { fold } from '@deskstream/kernel';
import { incidentDecider } from './incident.decider';
import { at, closed, inProgress, opened, resolved, spec } from './incident.fixtures';
import type { IncidentEvent } from './incident.events';

const link = (problemId: string, problemReference: string) =>
  ({ type: 'LinkProblem', data: { problemId, problemReference, by: 'parker', at: at(5) } }) as const;
const unlink = (problemId: string) => ({ type: 'UnlinkProblem', data: { problemId, by: 'parker', at: at(6) } }) as const;
const linked = (id: string, reference: string): IncidentEvent => ({
  type: 'IncidentProblemLinked',
  data: { problem: { id, reference }, by: 'parker', at: at(5) },
});
const comment = (noteId = 'problem-comment-m1') =>
  ({
    type: 'AddProblemComment',
    data: { noteId, problemId: 'prb-1', problemReference: 'PRB0001001', comment: 'Workaround: use webmail until the relay is fixed', by: 'parker', at: at(7) },
  }) as const;

describe('the related problem, as the problems service links it', () => {
  it('a link gives the incident its related problem, with the reference people quote', () => {
    spec
      .given(inProgress)
      .when(link('prb-1', 'PRB0001001'))
      .then([linked('prb-1', 'PRB0001001')]);
    spec
      .given(inProgress)
      .when(link('prb-1', 'PRB0001001'))
      .thenState((s) => expect(s.status !== 'none' && s.relatedProblem).toEqual({ id: 'prb-1', reference: 'PRB0001001' }));
  });

  it('the same link told again records nothing more', () => {
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001')])
      .when(link('prb-1', 'PRB0001001'))
      .then([]);
  });

  it('a link to another problem replaces it (a duplicate problem moves its incidents to its master)', () => {
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001')])
      .when(link('prb-2', 'PRB0001002'))
      .thenState((s) => expect(s.status !== 'none' && s.relatedProblem).toEqual({ id: 'prb-2', reference: 'PRB0001002' }));
  });

  it('a closed incident still records the problem it is linked to: the link is history the analysts use', () => {
    spec
      .given([...inProgress, resolved, closed])
      .when(link('prb-1', 'PRB0001001'))
      .then([linked('prb-1', 'PRB0001001')]);
  });

  it('unlinking removes the related problem; unlinking it again records nothing', () => {
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001')])
      .when(unlink('prb-1'))
      .then([{ type: 'IncidentProblemUnlinked', data: { problemId: 'prb-1', by: 'parker', at: at(6) } }]);
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001'), { type: 'IncidentProblemUnlinked', data: { problemId: 'prb-1', by: 'parker', at: at(6) } }])
      .when(unlink('prb-1'))
      .then([]);
  });

  it('unlinking a problem the incident is no longer related to leaves the current one (messages of two problems in either order)', () => {
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001'), linked('prb-2', 'PRB0001002')])
      .when(unlink('prb-1'))
      .then([]);
  });

  it('an incident this tenant does not have is left alone', () => {
    spec.given([]).when(link('prb-1', 'PRB0001001')).then([]);
    spec.given([]).when(unlink('prb-1')).then([]);
    spec.given([]).when(comment()).then([]);
  });
});

describe("a problem's communication", () => {
  it('becomes a public comment on an open incident, by the problem manager', () => {
    spec
      .given([...inProgress, linked('prb-1', 'PRB0001001')])
      .when(comment())
      .then([
        {
          type: 'IncidentNoteAdded',
          data: {
            noteId: 'problem-comment-m1',
            visibility: 'public',
            text: 'Workaround: use webmail until the relay is fixed',
            minutes: 0,
            failedAttempt: false,
            knowledgeArticle: null,
            relatedProblem: null,
            by: 'parker',
            at: at(7),
          },
        },
      ]);
  });

  it('is added once: the same communication told again adds no second comment', () => {
    const [added] = incidentDecider.decide(comment(), fold(incidentDecider, [opened]));
    expect(added?.type).toBe('IncidentNoteAdded');
    spec.given([opened, added!]).when(comment()).then([]);
    spec
      .given([opened, added!])
      .when(comment('problem-comment-m2'))
      .thenState((s) => expect(s.status !== 'none' && s.notes).toBe(2));
  });

  it('is not added to an incident that is resolved or closed', () => {
    spec
      .given([...inProgress, resolved])
      .when(comment())
      .then([]);
    spec
      .given([...inProgress, resolved, closed])
      .when(comment())
      .then([]);
  });
});
