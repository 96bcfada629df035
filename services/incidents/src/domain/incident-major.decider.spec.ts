import { IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { at, CLOSING_CATEGORIES, inProgress, majorDeclared, opened, resolved, reviewed, spec } from './incident.fixtures';
import type { IncidentEvent } from './incident.events';

const declare = (extra: object = {}) =>
  ({ type: 'DeclareMajorIncident', data: { manager: 'mona', reason: 'all mail down', by: 'mona', at: at(3), ...extra } }) as const;
const major = [...inProgress, majorDeclared];
const linked: IncidentEvent = { type: 'IncidentLinkedToMajor', data: { masterIncidentId: 'inc-1', by: 'mona', at: at(5) } };

describe('major incident', () => {
  it('is declared by hand with a manager, and the first stakeholder update is due one interval later', () => {
    spec.given(inProgress).when(declare()).then([majorDeclared]);
    spec
      .given(inProgress)
      .when(declare({ updateIntervalMinutes: 60 }))
      .thenState((s) => {
        expect(s.status !== 'none' && s.major?.nextUpdateDueAt).toBe(at(63));
      });
  });

  it('needs a manager and a sane rhythm; is declared once', () => {
    spec
      .given(inProgress)
      .when(declare({ manager: '', updateIntervalMinutes: 1 }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['manager', 'updateIntervalMinutes']);
      });
    spec
      .given(major)
      .when(declare())
      .thenThrows(IllegalTransition, (error: IllegalTransition) => expect(error.reason).toBe('already-major'));
  });

  it('stakeholder updates (audience, message, time) move the next update due', () => {
    spec
      .given(major)
      .when({ type: 'PublishStakeholderUpdate', data: { audience: 'all staff', message: 'Mail is down, fix in progress', by: 'mona', at: at(30) } })
      .then([
        {
          type: 'StakeholderUpdatePublished',
          data: { audience: 'all staff', message: 'Mail is down, fix in progress', nextUpdateDueAt: at(60), by: 'mona', at: at(30) },
        },
      ]);
  });

  it('only a major incident has stakeholder updates, children and a review', () => {
    spec
      .given(inProgress)
      .when({ type: 'PublishStakeholderUpdate', data: { audience: 'x', message: 'y', by: 'm', at: at(30) } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => expect(error.reason).toBe('not-major'));
    spec
      .given(inProgress)
      .when({ type: 'LinkChildIncident', data: { childIncidentId: 'inc-2', by: 'm', at: at(30) } })
      .thenThrows(IllegalTransition);
    spec
      .given(inProgress)
      .when({ type: 'RecordPostIncidentReview', data: { timeline: [], whatWentWrong: 'x', actions: [{ description: 'a', owner: 'b' }], by: 'm', at: at(30) } })
      .thenThrows(IllegalTransition);
  });

  it('links child incidents to the master, once each, never itself', () => {
    const link = (childIncidentId: string) => ({ type: 'LinkChildIncident', data: { childIncidentId, by: 'mona', at: at(5) } }) as const;
    const linkedChild: IncidentEvent = { type: 'ChildIncidentLinked', data: { childIncidentId: 'inc-2', by: 'mona', at: at(5) } };
    spec.given(major).when(link('inc-2')).then([linkedChild]);
    spec
      .given([...major, linkedChild])
      .when(link('inc-2'))
      .then([]);
    spec.given(major).when(link('inc-1')).thenThrows(ValidationFailed);
  });

  it('a child is an open incident that is neither major nor linked elsewhere', () => {
    const linkTo = (masterIncidentId: string) => ({ type: 'LinkToMajorIncident', data: { masterIncidentId, by: 'mona', at: at(5) } }) as const;
    spec.given([opened]).when(linkTo('inc-1')).then([linked]);
    spec.given([opened, linked]).when(linkTo('inc-1')).then([]);
    spec.given([opened, linked]).when(linkTo('inc-9')).thenThrows(IllegalTransition);
    spec.given(major).when(linkTo('inc-9')).thenThrows(IllegalTransition);
    spec
      .given([...inProgress, resolved])
      .when(linkTo('inc-9'))
      .thenThrows(IllegalTransition);
  });

  it('a linked child is resolved with its master from any open status', () => {
    spec
      .given([opened, linked])
      .when({
        type: 'ResolveIncident',
        data: {
          closingCategory: 'network',
          notes: 'Resolved with INC0001001',
          masterIncidentId: 'inc-1',
          closingCategories: CLOSING_CATEGORIES,
          quietPeriodDays: 3,
          by: 'mona',
          at: at(10),
        },
      })
      .thenState((s) => expect(s.status).toBe('resolved'));
  });

  it('the post-incident review: timeline (sorted), what went wrong, actions with owners', () => {
    spec
      .given([...major, resolved])
      .when({
        type: 'RecordPostIncidentReview',
        data: {
          timeline: [
            { at: at(3), entry: 'declared' },
            { at: at(1), entry: 'first call' },
          ],
          whatWentWrong: 'certificate expired',
          actions: [{ description: 'monitor expiry', owner: 'bob' }],
          by: 'mona',
          at: at(11),
        },
      })
      .then([
        {
          ...reviewed,
          data: {
            ...reviewed.data,
            timeline: [
              { at: at(1), entry: 'first call' },
              { at: at(3), entry: 'declared' },
            ],
          },
        } as IncidentEvent,
      ]);
  });

  it('a review needs actions, each with an owner', () => {
    spec
      .given([...major, resolved])
      .when({ type: 'RecordPostIncidentReview', data: { timeline: [], whatWentWrong: 'x', actions: [{ description: 'fix', owner: '' }], by: 'm', at: at(11) } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['actions.0.owner']));
    spec
      .given([...major, resolved])
      .when({ type: 'RecordPostIncidentReview', data: { timeline: [], whatWentWrong: 'x', actions: [], by: 'm', at: at(11) } })
      .thenThrows(ValidationFailed);
  });
});
