/**
 * Integration events of the problems service (CloudEvents `data`, topic TOPICS.problems, key = problem
 * id). Versioned: a breaking change is a new type. The incidents service consumes the link and
 * communication events to show an incident's related problem and to add the public comment; the
 * knowledge service consumes the known-error request.
 */
export const PROBLEM_EVENTS = {
  recorded: 'deskstream.problems.problem-recorded.v1',
  statusChanged: 'deskstream.problems.problem-status-changed.v1',
  incidentLinked: 'deskstream.problems.incident-linked.v1',
  incidentUnlinked: 'deskstream.problems.incident-unlinked.v1',
  communicated: 'deskstream.problems.problem-communicated.v1',
  workaroundRecorded: 'deskstream.problems.workaround-recorded.v1',
  knownErrorArticleRequested: 'deskstream.problems.known-error-article-requested.v1',
} as const;

export type ProblemIntegrationEventType = (typeof PROBLEM_EVENTS)[keyof typeof PROBLEM_EVENTS];

export type ProblemStatusV1 = 'new' | 'assessed' | 'root-cause-analysis' | 'fix-in-progress' | 'resolved' | 'closed';
export type ProblemResolutionCodeV1 = 'fix-applied' | 'risk-accepted' | 'duplicate' | 'cancelled';
export type ProblemOriginV1 = 'incident-trend' | 'major-incident' | 'repeat-incidents' | 'supplier' | 'developer' | 'manual';

interface About {
  readonly problemId: string;
  readonly by: string;
  readonly at: string;
}

export interface ProblemRecordedV1 extends About {
  readonly reference: string;
  readonly shortDescription: string;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly category: string | null;
  readonly priority: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
  readonly origin: ProblemOriginV1;
}

/** Every move in the lifecycle; `resolutionCode` is set when the problem is resolved. */
export interface ProblemStatusChangedV1 extends About {
  readonly status: ProblemStatusV1;
  readonly resolutionCode: ProblemResolutionCodeV1 | null;
  /** Set when the problem was resolved as a duplicate of another. */
  readonly masterProblemId: string | null;
}

/** The incident's related problem: the incidents service records it from this. */
export interface ProblemIncidentLinkV1 extends About {
  readonly problemReference: string;
  readonly incidentId: string;
}

/** Add `comment` as a public comment to each of these (open, linked) incidents. */
export interface ProblemCommunicatedV1 extends About {
  readonly problemReference: string;
  readonly comment: string;
  readonly incidentIds: readonly string[];
}

export interface WorkaroundRecordedV1 extends About {
  readonly version: number;
  readonly workaround: string;
}

/**
 * Asks the knowledge service for a known-error article. `duplicateKey` is the same for every request
 * about this problem: an article already written for it is updated, not written again.
 */
export interface KnownErrorArticleRequestedV1 extends About {
  readonly problemReference: string;
  readonly duplicateKey: string;
  readonly shortDescription: string;
  readonly cause: string;
  readonly causeVersion: number;
  readonly workaround: string;
  readonly workaroundVersion: number;
}

export interface ProblemIntegrationEvents {
  'deskstream.problems.problem-recorded.v1': ProblemRecordedV1;
  'deskstream.problems.problem-status-changed.v1': ProblemStatusChangedV1;
  'deskstream.problems.incident-linked.v1': ProblemIncidentLinkV1;
  'deskstream.problems.incident-unlinked.v1': ProblemIncidentLinkV1;
  'deskstream.problems.problem-communicated.v1': ProblemCommunicatedV1;
  'deskstream.problems.workaround-recorded.v1': WorkaroundRecordedV1;
  'deskstream.problems.known-error-article-requested.v1': KnownErrorArticleRequestedV1;
}
