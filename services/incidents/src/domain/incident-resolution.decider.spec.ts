import { Forbidden, IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { assigned, at, CLOSING_CATEGORIES, closed, days, inProgress, majorDeclared, opened, resolved, reviewed, spec } from './incident.fixtures';
import type { IncidentEvent } from './incident.events';

const resolve = (extra: object = {}) =>
  ({
    type: 'ResolveIncident',
    data: {
      closingCategory: 'software',
      notes: 'Cleared the mail cache',
      closingCategories: CLOSING_CATEGORIES,
      quietPeriodDays: 3,
      by: 'alice',
      at: at(10),
      ...extra,
    },
  }) as const;
const reopen = (minutes: number, reopenWindowDays = 10) =>
  ({ type: 'ReopenIncident', data: { reason: 'back again', reopenWindowDays, by: 'rita', at: at(minutes) } }) as const;
const autoClose = (minutes: number) => ({ type: 'CloseIncident', data: { automatic: true, by: 'system', at: at(minutes) } }) as const;

describe('resolution', () => {
  it('records closing category, resolution code, notes, who resolved, and when it closes by itself', () => {
    spec.given(inProgress).when(resolve()).then([resolved]);
  });

  it('accepts only the tenant closing categories and requires notes', () => {
    spec
      .given(inProgress)
      .when(resolve({ closingCategory: 'magic', notes: '' }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['notes']);
      });
    spec
      .given(inProgress)
      .when(resolve({ closingCategory: 'magic' }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['closingCategory']);
      });
  });

  it('is resolved from in-progress only', () => {
    spec.given([opened, assigned]).when(resolve()).thenThrows(IllegalTransition);
  });

  it('the caller accepts: the incident closes', () => {
    spec
      .given([...inProgress, resolved])
      .when({ type: 'AcceptResolution', data: { by: 'rita', at: at(12) } })
      .then([
        { type: 'IncidentResolutionAccepted', data: { by: 'rita', at: at(12) } },
        { type: 'IncidentClosed', data: { automatic: false, by: 'rita', at: at(12) } },
      ]);
  });

  it('the caller rejects: that reopens it, and counts', () => {
    spec
      .given([...inProgress, resolved])
      .when({ type: 'RejectResolution', data: { reason: 'still broken', by: 'rita', at: at(12) } })
      .then([
        { type: 'IncidentResolutionRejected', data: { reason: 'still broken', by: 'rita', at: at(12) } },
        { type: 'IncidentReopened', data: { reason: 'still broken', from: 'resolved', reopenCount: 1, by: 'rita', at: at(12) } },
      ]);
  });
});

describe('closure and reopening', () => {
  it('closes by hand once resolved, not before', () => {
    spec
      .given([...inProgress, resolved])
      .when({ type: 'CloseIncident', data: { automatic: false, by: 'alice', at: at(20) } })
      .then([closed]);
    spec
      .given(inProgress)
      .when({ type: 'CloseIncident', data: { automatic: false, by: 'alice', at: at(20) } })
      .thenThrows(IllegalTransition);
  });

  it('closes automatically after the quiet period', () => {
    spec
      .given([...inProgress, resolved])
      .when(autoClose(10 + days(3)))
      .then([{ type: 'IncidentClosed', data: { automatic: true, by: 'system', at: at(10 + days(3)) } }]);
  });

  it('an auto-close timer that is early, repeated or outdated changes nothing', () => {
    spec
      .given([...inProgress, resolved])
      .when(autoClose(10 + days(2)))
      .then([]);
    spec
      .given([...inProgress, resolved, closed])
      .when(autoClose(10 + days(3)))
      .then([]);
    spec
      .given([...inProgress, resolved, { type: 'IncidentReopened', data: { reason: 'x', from: 'resolved', reopenCount: 1, by: 'rita', at: at(11) } }])
      .when(autoClose(10 + days(3)))
      .then([]);
  });

  it('reopens from resolved, counting reopens', () => {
    const first: IncidentEvent = { type: 'IncidentReopened', data: { reason: 'back again', from: 'resolved', reopenCount: 1, by: 'rita', at: at(11) } };
    spec
      .given([...inProgress, resolved])
      .when(reopen(11))
      .then([first]);
    spec
      .given([...inProgress, resolved, first, resolved])
      .when(reopen(12))
      .then([{ ...first, data: { ...first.data, reopenCount: 2, at: at(12) } } as IncidentEvent]);
    spec
      .given([...inProgress, resolved])
      .when(reopen(11))
      .thenState((s) => expect(s.status).toBe('in-progress'));
  });

  it('reopens from closed within the tenant reopen window', () => {
    spec
      .given([...inProgress, resolved, closed])
      .when(reopen(20 + days(10)))
      .then([{ type: 'IncidentReopened', data: { reason: 'back again', from: 'closed', reopenCount: 1, by: 'rita', at: at(20 + days(10)) } }]);
  });

  it('does not reopen from closed after the window: 409 without reopen among the allowed actions', () => {
    spec
      .given([...inProgress, resolved, closed])
      .when(reopen(21 + days(10)))
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.allowedActions).toEqual(['feedback']);
        expect(error.reason).toBe('reopen-window-passed');
        expect(error.message).toContain('more than 10 days ago');
      });
    spec
      .given([...inProgress, resolved, closed])
      .when(reopen(20 + days(2), 1))
      .thenThrows(IllegalTransition);
  });

  it('cannot reopen work that was never resolved', () => {
    spec.given(inProgress).when(reopen(11)).thenThrows(IllegalTransition);
  });
});

describe('satisfaction', () => {
  const rate = (rating: number, by = 'rita') => ({ type: 'RateSatisfaction', data: { rating, comment: 'quick fix', by, at: at(13) } }) as const;

  it('the caller rates 1..5 with a comment after resolution', () => {
    spec
      .given([...inProgress, resolved])
      .when(rate(5))
      .then([{ type: 'SatisfactionRated', data: { rating: 5, comment: 'quick fix', by: 'rita', at: at(13) } }]);
    spec
      .given([...inProgress, resolved, closed])
      .when(rate(1))
      .thenState((s) => expect(s.status !== 'none' && s.satisfaction?.rating).toBe(1));
  });

  it('refuses a rating out of range, naming the field', () => {
    for (const rating of [0, 6, 2.5]) {
      spec
        .given([...inProgress, resolved])
        .when(rate(rating))
        .thenThrows(ValidationFailed, (error: ValidationFailed) => {
          expect(error.errors[0]?.field).toBe('rating');
        });
    }
  });

  it('only once, only after resolution, only by the caller', () => {
    spec
      .given([...inProgress, resolved, { type: 'SatisfactionRated', data: { rating: 5, comment: null, by: 'rita', at: at(13) } }])
      .when(rate(4))
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.reason).toBe('already-rated');
      });
    spec
      .given(inProgress)
      .when(rate(4))
      .thenThrows(IllegalTransition, (error: IllegalTransition) => expect(error.reason).toBe('wrong-status'));
    spec
      .given([...inProgress, resolved])
      .when(rate(4, 'alice'))
      .thenThrows(Forbidden);
  });
});

describe('major incident closure', () => {
  const major = [...inProgress, majorDeclared, resolved];

  it('a master cannot close, by hand or by acceptance, before its post-incident review', () => {
    spec
      .given(major)
      .when({ type: 'CloseIncident', data: { automatic: false, by: 'mona', at: at(20) } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.allowedActions).not.toContain('close');
        expect(error.allowedActions).toContain('post-incident-review');
        expect(error.reason).toBe('review-required');
      });
    spec
      .given(major)
      .when({ type: 'AcceptResolution', data: { by: 'rita', at: at(20) } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.reason).toBe('review-required');
      });
    spec
      .given(major)
      .when(autoClose(10 + days(3)))
      .then([]);
  });

  it('closes once the review is recorded', () => {
    spec
      .given([...major, reviewed])
      .when({ type: 'CloseIncident', data: { automatic: false, by: 'mona', at: at(20) } })
      .then([{ type: 'IncidentClosed', data: { automatic: false, by: 'mona', at: at(20) } }]);
  });
});
