import type { PublishKnownError, RecordCause, RecordKnownErrorArticle, RecordWorkaround, RecordWorkaroundUse, ReviewWorkaround } from './problem.commands';
import type { ProblemEvent } from './problem.events';
import type { ProblemState } from './problem.state';
import { ensureAllowed, existing } from './problem-lifecycle.rules';
import { ensureValid, textErrors } from './text.rules';

/** Each recording is a new version of the workaround; recording the same text again changes nothing. */
export function recordWorkaround(command: RecordWorkaround, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'record-workaround');
  const { workaround, by, at } = command.data;
  ensureValid(textErrors('workaround', workaround));
  if (problem.workaround?.value === workaround) return [];
  return [{ type: 'WorkaroundRecorded', data: { version: (problem.workaround?.version ?? 0) + 1, workaround, by, at } }];
}

export function recordCause(command: RecordCause, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'record-cause');
  const { cause, by, at } = command.data;
  ensureValid(textErrors('cause', cause));
  if (problem.cause?.value === cause) return [];
  return [{ type: 'RootCauseRecorded', data: { version: (problem.cause?.version ?? 0) + 1, cause, by, at } }];
}

/**
 * Asks the knowledge service for a known-error article. The duplicate check is twofold: the same
 * workaround and cause versions are asked for once, and the key lets the knowledge service find the
 * article it already holds for this problem and update it rather than write a second one.
 */
export function publishKnownError(command: PublishKnownError, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'publish-known-error');
  const workaround = problem.workaround!;
  const cause = problem.cause!;
  const asked = problem.knownErrorArticle;
  if (asked && asked.workaroundVersion === workaround.version && asked.causeVersion === cause.version) return [];
  return [
    {
      type: 'KnownErrorArticleRequested',
      data: {
        problemReference: problem.reference,
        workaroundVersion: workaround.version,
        causeVersion: cause.version,
        duplicateKey: `known-error:${problem.problemId}`,
        shortDescription: problem.shortDescription,
        cause: cause.value,
        workaround: workaround.value,
        by: command.data.by,
        at: command.data.at,
      },
    },
  ];
}

/**
 * An incident that used the workaround (it names this problem in its work log) counts one use of the
 * current version once, and each use waits for a review. Without a workaround on record nothing is counted.
 */
export function recordWorkaroundUse(command: RecordWorkaroundUse, state: ProblemState): ProblemEvent[] {
  const problem = existing(state);
  const { incidentId, at } = command.data;
  if (!problem.workaround || problem.workaround.usedBy.includes(incidentId)) return [];
  return [{ type: 'WorkaroundUsed', data: { incidentId, version: problem.workaround.version, uses: problem.workaround.uses + 1, at } }];
}

/** The workaround is reviewed after it was used: still effective or not, and why. */
export function reviewWorkaround(command: ReviewWorkaround, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'review-workaround');
  const { effective, note, by, at } = command.data;
  ensureValid(textErrors('note', note));
  return [{ type: 'WorkaroundReviewed', data: { version: problem.workaround!.version, effective, note, by, at } }];
}

/**
 * The link back from knowledge: the problem records the article written for its known error, once.
 * Told at least once, and for a problem this tenant may not have: nothing to record it on then.
 */
export function recordKnownErrorArticle(command: RecordKnownErrorArticle, state: ProblemState): ProblemEvent[] {
  if (state.status === 'none') return [];
  const { articleId, reference, at } = command.data;
  if (state.knownErrorArticle?.article?.id === articleId) return [];
  return [{ type: 'KnownErrorArticleRecorded', data: { articleId, reference, at } }];
}
