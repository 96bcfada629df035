/**
 * What the SLA service knows about a ticket: the facts its clocks' conditions read, as they stood after
 * each change the incidents service published, and the signal that change was (a public comment, a
 * reopening...). A clock is a pure function of this history, so it can be replayed exactly.
 */
export const TICKET_STATUSES = [
  'new',
  'assigned',
  'in-progress',
  'on-hold',
  'resolved',
  'closed',
  'cancelled',
  'awaiting-approval',
  'in-fulfilment',
  'fulfilled',
  'rejected',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const HOLD_REASONS = ['awaiting-caller', 'awaiting-third-party', 'awaiting-change'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export type TicketKind = 'incident' | 'service-request';

export interface TicketFacts {
  readonly kind: TicketKind;
  readonly status: TicketStatus;
  readonly priority: string | null;
  readonly service: string | null;
  readonly category: string | null;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly holdReason: HoldReason | null;
  readonly thirdParty: string | null;
  /** The channel the ticket came in by (`phone`: an agent took the call); absent in facts recorded before it was kept. */
  readonly channel?: string | null;
  /** When the next stakeholder update of a major incident is due (epoch ms): a deadline a definition may take its due instant from. */
  readonly nextUpdateDueAt?: number | null;
}

/** The ticket fields that hold a fixed deadline: the only due instant the incidents service publishes on a ticket. */
export const DEADLINE_FIELDS = ['nextUpdateDueAt'] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number];

/** What a change was, besides the facts it left: the response conditions and resets look at these. */
export const SIGNALS = [
  'opened',
  'classified',
  'priority-changed',
  'assigned',
  'group-changed',
  'work-started',
  'put-on-hold',
  'resumed',
  'public-comment',
  'internal-note',
  'task-added',
  'resolved',
  'reopened',
  'closed',
  'cancelled',
  'approved',
  'fulfilled',
  'major-incident-declared',
  'stakeholder-update-published',
] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * What may count as a response; an internal note or an automatic acknowledgement never does. A
 * `phone-log` is the caller reached by phone: today the incidents service records that as a ticket an
 * agent opened on the `phone` channel (the call is the first contact), so it is read from that opening.
 */
export const RESPONSE_SIGNALS = ['public-comment', 'phone-log', 'assigned', 'work-started', 'task-added'] as const;
export type ResponseSignal = (typeof RESPONSE_SIGNALS)[number];

/** Whether a change by a person is a response under `responseBy`; automatic steps (`system...`, as intake's) never are. */
export function isResponse(responseBy: readonly ResponseSignal[], observation: Observation): boolean {
  if (observation.by.startsWith('system')) return false;
  const { signal, facts } = observation;
  if ((responseBy as readonly string[]).includes(signal)) return true;
  return responseBy.includes('phone-log') && signal === 'opened' && facts.channel === 'phone';
}

export interface Observation {
  /** When it happened on the ticket (epoch ms). */
  readonly at: number;
  readonly facts: TicketFacts;
  readonly signal: Signal;
  /** Who made the change; `system...` for automatic steps, which never count as a response. */
  readonly by: string;
}

/** A declarative condition: every field it names must hold (one of the listed values); an empty condition always holds. */
export interface TicketCondition {
  readonly status?: readonly TicketStatus[];
  readonly holdReason?: readonly HoldReason[];
  readonly priority?: readonly string[];
  readonly group?: readonly string[];
  readonly groupAssigned?: boolean;
  readonly thirdParty?: readonly string[];
}

/** When a clock restarts (a new cycle): on the named changes (`on`), and only where the facts it names hold; without `on`, when those facts come to hold. */
export interface ResetCondition extends TicketCondition {
  readonly on?: readonly Signal[];
}

export function holds(condition: TicketCondition | undefined, facts: TicketFacts): boolean {
  if (!condition) return false;
  if (condition.status && !condition.status.includes(facts.status)) return false;
  if (condition.holdReason && (facts.holdReason === null || !condition.holdReason.includes(facts.holdReason))) return false;
  if (condition.priority && (facts.priority === null || !condition.priority.includes(facts.priority))) return false;
  if (condition.group && (facts.group === null || !condition.group.includes(facts.group))) return false;
  if (condition.groupAssigned !== undefined && (facts.group !== null) !== condition.groupAssigned) return false;
  if (condition.thirdParty && (facts.thirdParty === null || !condition.thirdParty.includes(facts.thirdParty))) return false;
  return true;
}

/** Whether a reset fires at `observation`, given the facts before it (null: nothing before, so nothing to restart). */
export function resets(reset: ResetCondition | undefined, before: TicketFacts | null, observation: Observation): boolean {
  if (!reset || !before) return false;
  const { on, ...facts } = reset;
  if (!holds(facts, observation.facts)) return false;
  return on ? on.includes(observation.signal) : !holds(facts, before);
}

/** A change to a ticket as the incidents service published it, before it is folded into the facts. */
export type TicketChange =
  | {
      readonly signal: 'opened';
      readonly kind: TicketKind;
      readonly reference: string;
      readonly priority: string | null;
      readonly service: string | null;
      readonly category: string | null;
      readonly status: TicketStatus;
      readonly channel?: string | null;
    }
  | { readonly signal: 'classified'; readonly priority: string; readonly category: string | null }
  | { readonly signal: 'assigned'; readonly group: string; readonly assignee: string | null; readonly status?: TicketStatus }
  | { readonly signal: 'work-started'; readonly assignee: string }
  | { readonly signal: 'put-on-hold'; readonly holdReason: HoldReason; readonly thirdParty: string | null }
  | { readonly signal: 'public-comment' | 'internal-note' | 'task-added' }
  | { readonly signal: 'major-incident-declared' | 'stakeholder-update-published'; readonly nextUpdateDueAt: number }
  | { readonly signal: 'resumed' | 'resolved' | 'reopened' | 'closed' | 'cancelled' | 'approved' | 'fulfilled'; readonly status: TicketStatus };

const NO_FACTS: TicketFacts = {
  kind: 'incident',
  status: 'new',
  priority: null,
  service: null,
  category: null,
  group: null,
  assignee: null,
  holdReason: null,
  thirdParty: null,
};

/** The facts after a change, and the signal it was (a new priority or a new group is a signal of its own). */
export function applyChange(before: TicketFacts | null, change: TicketChange): { facts: TicketFacts; signal: Signal } {
  const facts = before ?? NO_FACTS;
  switch (change.signal) {
    case 'opened':
      return {
        facts: {
          ...NO_FACTS,
          kind: change.kind,
          status: change.status,
          priority: change.priority,
          service: change.service,
          category: change.category,
          ...(change.channel ? { channel: change.channel } : {}),
        },
        signal: 'opened',
      };
    case 'classified': {
      const next = { ...facts, priority: change.priority, category: change.category };
      return { facts: next, signal: facts.priority !== null && facts.priority !== change.priority ? 'priority-changed' : 'classified' };
    }
    case 'assigned': {
      const next = { ...facts, group: change.group, assignee: change.assignee, status: change.status ?? (facts.status === 'new' ? 'assigned' : facts.status) };
      return { facts: next, signal: facts.group !== null && facts.group !== change.group ? 'group-changed' : 'assigned' };
    }
    case 'work-started':
      return { facts: { ...facts, status: 'in-progress', assignee: change.assignee }, signal: 'work-started' };
    case 'put-on-hold':
      return { facts: { ...facts, status: 'on-hold', holdReason: change.holdReason, thirdParty: change.thirdParty }, signal: 'put-on-hold' };
    case 'public-comment':
    case 'internal-note':
    case 'task-added':
      return { facts, signal: change.signal };
    case 'major-incident-declared':
    case 'stakeholder-update-published':
      return { facts: { ...facts, nextUpdateDueAt: change.nextUpdateDueAt }, signal: change.signal };
    default:
      return { facts: { ...facts, status: change.status, holdReason: null, thirdParty: null }, signal: change.signal };
  }
}
