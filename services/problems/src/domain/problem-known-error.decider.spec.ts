import { IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { assessed, cause, inAnalysis, knownError, recorded, spec, stamp, workaround } from './problem.fixtures';
import { isKnownError } from './problem.state';

const request = (minutes: number, workaroundVersion = 1) =>
  ({
    type: 'KnownErrorArticleRequested',
    data: {
      problemReference: 'PRB0001001',
      workaroundVersion,
      causeVersion: 1,
      duplicateKey: 'known-error:prb-1',
      shortDescription: 'Mail relay drops connections',
      cause: 'Connection pool too small',
      workaround: workaroundVersion === 1 ? 'Restart the relay service' : 'Route mail through mx-02',
      ...stamp(minutes),
    },
  }) as const;

describe('workarounds and known errors', () => {
  it('a workaround can be recorded from assessed onwards, not while new', () => {
    spec
      .given([recorded])
      .when({ type: 'RecordWorkaround', data: { workaround: 'Restart', ...stamp(1) } })
      .thenThrows(IllegalTransition);
    spec
      .given([recorded, assessed])
      .when({ type: 'RecordWorkaround', data: { workaround: 'Restart the relay service', ...stamp(4) } })
      .then([workaround]);
  });

  it('the workaround is versioned; the same text again is no new version', () => {
    spec
      .given([...inAnalysis, workaround])
      .when({ type: 'RecordWorkaround', data: { workaround: 'Route mail through mx-02', ...stamp(9) } })
      .then([{ type: 'WorkaroundRecorded', data: { version: 2, workaround: 'Route mail through mx-02', ...stamp(9) } }]);
    spec
      .given([...inAnalysis, workaround])
      .when({ type: 'RecordWorkaround', data: { workaround: 'Restart the relay service', ...stamp(9) } })
      .then([]);
  });

  it('a documented workaround and cause make a known error; either alone does not', () => {
    spec
      .given([...inAnalysis, workaround])
      .when({ type: 'RecordCause', data: { cause: 'Connection pool too small', ...stamp(5) } })
      .thenState((s) => {
        expect(s.status !== 'none' && isKnownError(s)).toBe(true);
      });
    spec
      .given(inAnalysis)
      .when({ type: 'RecordCause', data: { cause: 'Connection pool too small', ...stamp(5) } })
      .thenState((s) => {
        expect(s.status !== 'none' && isKnownError(s)).toBe(false);
      });
  });

  it('publishing a known error asks for an article once per workaround and cause version', () => {
    spec
      .given(knownError)
      .when({ type: 'PublishKnownError', data: stamp(10) })
      .then([request(10)]);
    spec
      .given([...knownError, request(10)])
      .when({ type: 'PublishKnownError', data: stamp(11) })
      .then([]);
    const second = { type: 'WorkaroundRecorded', data: { version: 2, workaround: 'Route mail through mx-02', ...stamp(12) } } as const;
    spec
      .given([...knownError, request(10), second])
      .when({ type: 'PublishKnownError', data: stamp(13) })
      .then([request(13, 2)]);
  });

  it('is not a known error without a cause: publishing is refused', () => {
    spec
      .given([...inAnalysis, workaround])
      .when({ type: 'PublishKnownError', data: stamp(10) })
      .thenThrows(IllegalTransition);
  });

  it('counts each use of the workaround on an incident, and each use waits for a review', () => {
    const used = { type: 'WorkaroundUsed', data: { incidentId: 'inc-7', version: 1, uses: 1, at: stamp(20).at } } as const;
    spec
      .given(knownError)
      .when({ type: 'RecordWorkaroundUse', data: { incidentId: 'inc-7', at: stamp(20).at } })
      .then([used]);
    spec
      .given([...knownError, used])
      .when({ type: 'RecordWorkaroundUse', data: { incidentId: 'inc-8', at: stamp(21).at } })
      .thenState((s) => {
        expect(s.status !== 'none' && [s.workaround?.uses, s.workaround?.unreviewedUses]).toEqual([2, 2]);
      });
    spec
      .given([...knownError, used])
      .when({ type: 'ReviewWorkaround', data: { effective: true, note: 'still works', ...stamp(22) } })
      .thenState((s) => expect(s.status !== 'none' && s.workaround?.unreviewedUses).toBe(0));
  });

  it('an incident counts one use of a version, however often it reports it', () => {
    const used = { type: 'WorkaroundUsed', data: { incidentId: 'inc-7', version: 1, uses: 1, at: stamp(20).at } } as const;
    spec
      .given([...knownError, used])
      .when({ type: 'RecordWorkaroundUse', data: { incidentId: 'inc-7', at: stamp(25).at } })
      .then([]);
  });

  it('without a workaround a use counts nothing, and there is nothing to review', () => {
    spec
      .given(inAnalysis)
      .when({ type: 'RecordWorkaroundUse', data: { incidentId: 'inc-7', at: stamp(20).at } })
      .then([]);
    spec
      .given([...inAnalysis, workaround, cause])
      .when({ type: 'ReviewWorkaround', data: { effective: true, note: 'x', ...stamp(22) } })
      .thenThrows(IllegalTransition);
  });

  it('refuses a blank workaround', () => {
    spec
      .given(inAnalysis)
      .when({ type: 'RecordWorkaround', data: { workaround: '  ', ...stamp(4) } })
      .thenThrows(ValidationFailed, (e: ValidationFailed) => {
        expect(e.errors.map((x) => x.field)).toEqual(['workaround']);
      });
  });

  it('records the article knowledge wrote for its known error, once; a later request keeps it', () => {
    const written = { type: 'RecordKnownErrorArticle', data: { articleId: 'known-error-prb-1', reference: 'KB0001007', at: stamp(11).at } } as const;
    const recordedArticle = { type: 'KnownErrorArticleRecorded', data: written.data } as const;
    spec
      .given([...knownError, request(10)])
      .when(written)
      .then([recordedArticle]);
    spec
      .given([...knownError, request(10), recordedArticle])
      .when(written)
      .then([]);
    const second = { type: 'WorkaroundRecorded', data: { version: 2, workaround: 'Route mail through mx-02', ...stamp(12) } } as const;
    spec
      .given([...knownError, request(10), recordedArticle, second, request(13, 2)])
      .when(written)
      .thenState((s) => {
        expect(s.status !== 'none' && s.knownErrorArticle).toEqual({
          workaroundVersion: 2,
          causeVersion: 1,
          at: stamp(13).at,
          article: { id: 'known-error-prb-1', reference: 'KB0001007' },
        });
      });
    spec.given([]).when(written).then([]);
  });
});
