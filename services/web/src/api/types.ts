/** The shapes the public API answers with, as far as the pages read them. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** How the API names another record: its id and the reference people quote (null while not yet known). */
export interface RecordLink {
  readonly id: string;
  readonly reference: string | null;
}

export interface Me {
  readonly tenantId: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly string[];
}

export interface RequestType {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'incident' | 'service-request';
  readonly form: Record<string, unknown>;
}

export interface SubmissionReceipt {
  readonly submissionId: string;
  readonly reference: string | null;
  readonly status: string;
  readonly kind: string;
  readonly duplicateOf: RecordLink | null;
}

export interface Suggestion {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
}

export interface Suggestions {
  readonly items: readonly Suggestion[];
  readonly total: number;
  readonly searchId: string;
}

export interface Article {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly problem: string;
  readonly resolution: string | null;
}

export interface TicketSummary {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly priority: string;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly caller: string;
  readonly shortDescription: string;
  readonly openedAt: string;
  readonly updatedAt: string;
}

export interface Note {
  readonly noteId?: string;
  readonly visibility: 'internal' | 'public';
  readonly text: string;
  readonly by: string;
  readonly at: string;
  /** Desk notes only: the knowledge article used and the problem named as related. */
  readonly knowledgeArticle?: string | null;
  readonly relatedProblem?: string | null;
}

export interface Incident {
  readonly id: string;
  readonly reference: string;
  readonly caller: string;
  readonly status: string;
  readonly priority: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly tier: number;
  readonly service: string | null;
  readonly hold: { readonly reason: string; readonly thirdParty?: string | null } | null;
  readonly major: {
    readonly manager: string | null;
    readonly updateIntervalMinutes: number;
    readonly nextUpdateDueAt: string;
    readonly stakeholderUpdates: number;
    readonly childIncidents: readonly RecordLink[];
    readonly review: { readonly whatWentWrong: string; readonly actions: readonly { readonly description: string; readonly owner: string }[] } | null;
  } | null;
  readonly masterIncident: RecordLink | null;
  /** The problem the problems service linked this incident to. */
  readonly relatedProblem?: RecordLink | null;
  readonly resolution: { readonly closingCategory: string; readonly notes: string } | null;
  readonly satisfaction: { readonly rating: number } | null;
  readonly notes: readonly Note[];
  readonly allowedActions: readonly string[];
  readonly revision: number;
  readonly updatedAt: string;
}

export interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly actor: string;
  readonly at: string;
  readonly visibility: string;
  readonly changes: readonly { readonly field: string; readonly from: unknown; readonly to: unknown }[];
}

export interface SlaClock {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
  readonly target: string;
  readonly stage: 'pending' | 'in-progress' | 'paused' | 'completed' | 'cancelled';
  readonly breached: boolean;
  readonly dueAt: string | null;
  readonly targetMinutes: number;
  readonly remainingMinutes: number;
}

export interface IncidentSettings {
  readonly closingCategories: readonly string[];
}

export interface ServiceRequest {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly catalogItem: string;
  readonly requestedFor: string;
  readonly requestedBy: string;
  readonly description: string;
  readonly approvals: readonly { readonly approver: string; readonly decision: string; readonly comment: string | null; readonly at: string | null }[];
  readonly tasks: readonly {
    readonly taskId: string;
    readonly title: string;
    readonly assignee: string;
    readonly assignmentGroup: string | null;
    readonly status: 'open' | 'completed';
    readonly notes: string | null;
  }[];
  readonly submittedAt: string | null;
  readonly rejectionReason: string | null;
  readonly fulfilmentNotes: string | null;
  readonly allowedActions: readonly string[];
  readonly revision: number;
}
