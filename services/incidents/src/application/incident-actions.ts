import type { DirectoryFacts } from '../domain/directory-names.rules';
import type { IncidentCommand } from '../domain/incident.commands';
import type { Channel, HoldReason, NoteVisibility, ReviewAction, TimelineEntry } from '../domain/incident.events';
import type { IncidentSettings } from '../domain/incident-settings';
import type { IncidentAction } from '../domain/lifecycle.rules';

/** What the edge hands over for each action (the DTOs implement these shapes). */
export interface ActionInputs {
  assign: { group: string; assignee?: string | null; tier?: number };
  start: Record<string, never>;
  hold: { reason: HoldReason; thirdParty?: string | null };
  resume: Record<string, never>;
  classify: { impact: number; urgency: number; category?: string | null; subcategory?: string | null; symptom?: string | null };
  escalate: { kind: 'functional' | 'hierarchical'; group?: string; manager?: string | null; reason: string };
  note: {
    visibility: NoteVisibility;
    text: string;
    minutes?: number;
    failedAttempt?: boolean;
    knowledgeArticle?: string | null;
    relatedProblem?: string | null;
  };
  resolve: { closingCategory: string; resolutionCode?: string | null; notes: string };
  'accept-resolution': Record<string, never>;
  'reject-resolution': { reason: string };
  close: Record<string, never>;
  reopen: { reason: string };
  cancel: { reason: string };
  'declare-major': { manager: string; reason: string; updateIntervalMinutes?: number };
  'stakeholder-update': { audience: string; message: string };
  'link-child': { child: string };
  'post-incident-review': { timeline?: TimelineEntry[]; whatWentWrong: string; actions: ReviewAction[] };
  feedback: { rating: number; comment?: string | null };
}

export interface OpenIncidentInput {
  caller?: string;
  channel: Channel;
  service?: string | null;
  configurationItem?: string | null;
  shortDescription: string;
  description: string;
  impact?: number;
  urgency?: number;
  category?: string | null;
  subcategory?: string | null;
  symptom?: string | null;
}

export interface Facts {
  readonly by: string;
  readonly at: string;
  readonly settings: IncidentSettings;
  readonly newId: () => string;
  /** What the tenant directory knows of the groups and users the action names. */
  readonly directory?: DirectoryFacts;
}

const withDirectory = (facts: Facts) => (facts.directory ? { directory: facts.directory } : {});

type Builders = { [A in IncidentAction]: (input: ActionInputs[A], facts: Facts) => IncidentCommand | null };

/** Each HTTP action as the domain command it stands for, with the tenant's settings filled in as facts. */
const BUILDERS: Builders = {
  assign: (input, facts) => ({
    type: 'AssignIncident',
    data: {
      ...input,
      ...withDirectory(facts),
      ...(facts.settings.reassignmentCounting === 'group-change' ? { reassignmentCounting: 'group-change' } : {}),
      by: facts.by,
      at: facts.at,
    },
  }),
  start: (_input, { by, at }) => ({ type: 'StartWork', data: { by, at } }),
  hold: (input, { by, at }) => ({ type: 'PutOnHold', data: { ...input, by, at } }),
  resume: (_input, { by, at }) => ({ type: 'ResumeIncident', data: { by, at } }),
  classify: (input, { by, at, settings }) => ({
    type: 'ClassifyIncident',
    data: { ...input, priorityMatrix: settings.priorityMatrix, majorIncidentRules: settings.majorIncidentRules, by, at },
  }),
  escalate: (input, facts) => {
    const { by, at } = facts;
    return {
      type: 'EscalateIncident',
      data:
        input.kind === 'functional'
          ? { kind: 'functional', group: input.group ?? '', reason: input.reason, ...withDirectory(facts), by, at }
          : { kind: 'hierarchical', manager: input.manager ?? null, reason: input.reason, ...withDirectory(facts), by, at },
    };
  },
  note: (input, { by, at, newId }) => ({ type: 'AddNote', data: { ...input, noteId: newId(), by, at } }),
  resolve: (input, { by, at, settings }) => ({
    type: 'ResolveIncident',
    data: { ...input, closingCategories: settings.closingCategories, quietPeriodDays: settings.quietPeriodDays, by, at },
  }),
  'accept-resolution': (_input, { by, at }) => ({ type: 'AcceptResolution', data: { by, at } }),
  'reject-resolution': (input, { by, at }) => ({ type: 'RejectResolution', data: { ...input, by, at } }),
  close: (_input, { by, at }) => ({ type: 'CloseIncident', data: { automatic: false, by, at } }),
  reopen: (input, { by, at, settings }) => ({ type: 'ReopenIncident', data: { ...input, reopenWindowDays: settings.reopenWindowDays, by, at } }),
  cancel: (input, { by, at }) => ({ type: 'CancelIncident', data: { ...input, by, at } }),
  'declare-major': (input, { by, at }) => ({ type: 'DeclareMajorIncident', data: { ...input, by, at } }),
  'stakeholder-update': (input, { by, at }) => ({ type: 'PublishStakeholderUpdate', data: { ...input, by, at } }),
  // Linking touches two incidents: the use case builds both commands itself.
  'link-child': () => null,
  'post-incident-review': (input, { by, at }) => ({ type: 'RecordPostIncidentReview', data: { ...input, timeline: input.timeline ?? [], by, at } }),
  feedback: (input, { by, at }) => ({ type: 'RateSatisfaction', data: { ...input, by, at } }),
};

export function commandFor<A extends IncidentAction>(action: A, input: ActionInputs[A], facts: Facts): IncidentCommand | null {
  return (BUILDERS[action] as (input: ActionInputs[A], facts: Facts) => IncidentCommand | null)(input, facts);
}
