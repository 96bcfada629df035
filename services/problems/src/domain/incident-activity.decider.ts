import { assertNever, type Decider, type Message } from '@deskstream/kernel';

/**
 * What the problems service knows of one incident: only what the incidents service published about
 * it, kept as a stream of its own so that linked-incident lists and the timeline are built from
 * history. Redelivered messages are recognised by their id and leave no second entry.
 */

export const ACTIVITY_KINDS = [
  'opened',
  'classified',
  'assigned',
  'work-started',
  'on-hold',
  'resumed',
  'escalated',
  'note',
  'resolved',
  'resolution-accepted',
  'resolution-rejected',
  'reopened',
  'closed',
  'cancelled',
  'major-incident',
  'stakeholder-update',
  'linked-to-major',
  'post-incident-review',
  'satisfaction',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const INCIDENT_STATUSES = ['new', 'assigned', 'in-progress', 'on-hold', 'resolved', 'closed', 'cancelled'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface IncidentFacts {
  readonly reference: string | null;
  readonly shortDescription: string | null;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly category: string | null;
  readonly priority: string | null;
}

export type ObserveIncidentActivity = Message<
  'ObserveIncidentActivity',
  {
    readonly messageId: string;
    readonly incidentId: string;
    readonly kind: ActivityKind;
    readonly summary: string;
    /** The incident's status after this activity, when the activity changes it. */
    readonly status: IncidentStatus | null;
    /** Facts the activity states (opening, classification); null leaves the known fact as it is. */
    readonly facts: Partial<IncidentFacts>;
    /**
     * The person whose words the summary quotes (the caller's description, an agent's comment or
     * reason): the summary is their personal data, sealed with their key (docs/personal-data.md).
     * Null when it quotes no one; absent on activity observed before authors were kept.
     */
    readonly author?: string | null;
    readonly by: string;
    readonly at: string;
  }
>;

export type IncidentActivityObserved = Message<'IncidentActivityObserved', ObserveIncidentActivity['data']>;

export type IncidentActivityState =
  | { readonly status: 'unknown'; readonly messageIds: readonly string[] }
  | (IncidentFacts & {
      readonly status: IncidentStatus;
      readonly incidentId: string;
      readonly openedAt: string | null;
      readonly messageIds: readonly string[];
    });

export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = ['new', 'assigned', 'in-progress', 'on-hold'];

export function decideIncidentActivity(command: ObserveIncidentActivity, state: IncidentActivityState): IncidentActivityObserved[] {
  if (state.messageIds.includes(command.data.messageId)) return [];
  return [{ type: 'IncidentActivityObserved', data: command.data }];
}

const EMPTY_FACTS: IncidentFacts = { reference: null, shortDescription: null, service: null, configurationItem: null, category: null, priority: null };

export function evolveIncidentActivity(state: IncidentActivityState, event: IncidentActivityObserved): IncidentActivityState {
  if (event.type !== 'IncidentActivityObserved') return assertNever(event.type as never, 'incident activity event');
  const { incidentId, status, facts, messageId, at, kind } = event.data;
  const known = state.status === 'unknown' ? { ...EMPTY_FACTS, incidentId, status: 'new' as const, openedAt: null } : state;
  const stated: Partial<IncidentFacts> = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== null));
  return {
    ...known,
    ...stated,
    status: status ?? known.status,
    openedAt: kind === 'opened' ? at : known.openedAt,
    messageIds: [...state.messageIds, messageId],
  };
}

export const incidentActivityDecider: Decider<ObserveIncidentActivity, IncidentActivityObserved, IncidentActivityState> = {
  decide: decideIncidentActivity,
  evolve: evolveIncidentActivity,
  initialState: () => ({ status: 'unknown', messageIds: [] }),
};
