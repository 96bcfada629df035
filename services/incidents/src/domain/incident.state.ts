import type { Classification, HoldReason, IncidentDescription, ProblemLink, ReviewAction, Tier } from './incident.events';

export const OPEN_STATUSES = ['new', 'assigned', 'in-progress', 'on-hold'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];
export type IncidentStatus = OpenStatus | 'resolved' | 'closed' | 'cancelled';

export interface MajorIncident {
  readonly manager: string | null;
  readonly updateIntervalMinutes: number;
  readonly nextUpdateDueAt: string;
  readonly stakeholderUpdates: number;
  readonly childIncidentIds: readonly string[];
  readonly review: { readonly whatWentWrong: string; readonly actions: readonly ReviewAction[]; readonly at: string } | null;
}

export interface Resolution {
  readonly closingCategory: string;
  readonly resolutionCode: string | null;
  readonly notes: string;
  readonly resolvedBy: string;
  readonly at: string;
  readonly autoCloseDueAt: string;
  readonly accepted: boolean | null;
}

/** Everything known about an existing incident, whatever its status. */
export interface IncidentRecord extends IncidentDescription {
  readonly classification: Classification;
  readonly classified: boolean;
  readonly reclassificationCount: number;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly tier: Tier;
  readonly reassignmentCount: number;
  readonly hierarchicalEscalation: boolean;
  readonly hold: { readonly reason: HoldReason; readonly thirdParty: string | null } | null;
  readonly notes: number;
  /** Ids of the notes recorded, so that a note sent again (a redelivered message) is recorded once. */
  readonly noteIds: readonly string[];
  readonly minutesLogged: number;
  readonly failedAttempts: number;
  readonly major: MajorIncident | null;
  readonly masterIncidentId: string | null;
  readonly resolution: Resolution | null;
  readonly reopenCount: number;
  readonly satisfaction: { readonly rating: number; readonly comment: string | null } | null;
  /** The problem the incident is linked to, as the problems service's events tell incidents. */
  readonly relatedProblem: ProblemLink | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  /** For an imported incident: the last update of its source ticket it reflects. */
  readonly sourceUpdate?: number;
}

export type NoIncident = { readonly status: 'none' };
export type Incident = IncidentRecord & { readonly status: IncidentStatus };
export type IncidentState = NoIncident | Incident;

export const initialIncidentState = (): IncidentState => ({ status: 'none' });

export function isOpen(status: IncidentState['status']): status is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}
