import type { Message } from '@deskstream/kernel';

/**
 * What reporting learns about one ticket (incident or service request), in its own terms: each
 * integration event of incidents, service requests, SLA, problems and knowledge that concerns the ticket becomes
 * one observed change in reporting's stream for that ticket. Every fact and KPI is folded from these.
 */
export type TicketKind = 'incident' | 'request';
export type ClockTarget = 'response' | 'resolution' | 'fulfilment';
export type ClockStage = 'in-progress' | 'paused' | 'completed' | 'cancelled';

export type TicketChange =
  | {
      readonly kind: 'opened';
      readonly ticketKind: TicketKind;
      readonly reference: string;
      readonly sourceReference: string | null;
      readonly channel: string | null;
      readonly caller: string | null;
      readonly service: string | null;
      readonly configurationItem: string | null;
      readonly category: string | null;
      readonly priority: string | null;
      readonly by: string;
    }
  | { readonly kind: 'classified'; readonly priority: string; readonly category: string | null }
  | { readonly kind: 'assigned'; readonly group: string; readonly assignee: string | null; readonly tier: number | null }
  | { readonly kind: 'escalated'; readonly group: string | null; readonly toTier: number | null }
  | { readonly kind: 'on-hold' }
  | { readonly kind: 'resumed' }
  | {
      readonly kind: 'work-logged';
      readonly minutes: number;
      readonly by: string;
      readonly knowledgeArticle: string | null;
      readonly relatedProblem: string | null;
    }
  | { readonly kind: 'resolved'; readonly closingCategory: string | null; readonly by: string }
  | { readonly kind: 'reopened' }
  | { readonly kind: 'closed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'rated'; readonly rating: number }
  | { readonly kind: 'clock'; readonly clockId: string; readonly target: ClockTarget; readonly stage: ClockStage; readonly breached: boolean }
  | { readonly kind: 'clock-breached'; readonly clockId: string; readonly target: ClockTarget }
  | { readonly kind: 'problem-linked'; readonly problem: string }
  | { readonly kind: 'problem-unlinked'; readonly problem: string }
  /** An article used on the ticket (a knowledge link): the KB reference, or the article id where it has none. */
  | { readonly kind: 'article-linked'; readonly article: string };

export interface TicketActivity {
  /** The integration event's id: a redelivered message is recognised by it. */
  readonly messageId: string;
  readonly ticketId: string;
  readonly at: string;
  readonly change: TicketChange;
}

export type ObserveTicketActivity = Message<'ObserveTicketActivity', TicketActivity>;
export type TicketActivityObserved = Message<'TicketActivityObserved', TicketActivity>;
