import type { Message } from '@deskstream/kernel';
import type { ClockSnapshot } from './clock-snapshot';
import type { SlaDefinition } from './sla-definition.model';
import type { Signal, TicketChange, TicketFacts, TicketKind } from './ticket-facts';
import type { WorkingTime } from './working-time';

/** Domain events of one ticket's service levels (stream `slaticket-<tenant>.<ticket id>`). */
export type SlaTicketObserved = Message<
  'SlaTicketObserved',
  {
    readonly ticketId: string;
    readonly reference: string;
    readonly kind: TicketKind;
    readonly facts: TicketFacts;
    readonly signal: Signal;
    readonly by: string;
    readonly at: string;
  }
>;
/** `retroactive`: started in the past by a re-selection (a new priority); its passed milestones are not notified. */
export type SlaClockAttached = Message<
  'SlaClockAttached',
  { readonly clock: ClockSnapshot; readonly definition: SlaDefinition; readonly retroactive: boolean }
>;
export type SlaClockPaused = Message<'SlaClockPaused', { readonly clock: ClockSnapshot }>;
export type SlaClockResumed = Message<'SlaClockResumed', { readonly clock: ClockSnapshot }>;
export type SlaClockCompleted = Message<'SlaClockCompleted', { readonly clock: ClockSnapshot }>;
export type SlaClockCycleStarted = Message<'SlaClockCycleStarted', { readonly clock: ClockSnapshot }>;
export type SlaClockCancelled = Message<'SlaClockCancelled', { readonly clock: ClockSnapshot; readonly reason: 'condition' | 'reselected' }>;
/** A warning milestone (percent < 100) or the breach (100), each reached once; `notify` is false for ones replayed into the past. */
export type SlaMilestoneReached = Message<
  'SlaMilestoneReached',
  { readonly clock: ClockSnapshot; readonly percent: number; readonly reachedAt: string; readonly notify: boolean }
>;
export type SlaClockRecomputed = Message<'SlaClockRecomputed', { readonly clock: ClockSnapshot; readonly definition: SlaDefinition; readonly reason: string }>;
/** One notification the escalation decided: who is told (by mail, through the notification path), and when the next reminder is due. */
export type SlaEscalationNotified = Message<
  'SlaEscalationNotified',
  {
    readonly clockId: string;
    readonly notificationId: string;
    readonly percent: number;
    readonly recipient: string;
    readonly role: 'assignee' | 'group-manager' | 'third-party';
    readonly reminder: number;
    readonly nextReminderAt: string | null;
    readonly at: string;
  }
>;
export type SlaEscalationEnded = Message<
  'SlaEscalationEnded',
  { readonly clockId: string; readonly reason: 'acted-on' | 'acknowledged' | 'clock-stopped'; readonly by: string; readonly at: string }
>;

export type SlaTicketEvent =
  | SlaTicketObserved
  | SlaClockAttached
  | SlaClockPaused
  | SlaClockResumed
  | SlaClockCompleted
  | SlaClockCycleStarted
  | SlaClockCancelled
  | SlaMilestoneReached
  | SlaClockRecomputed
  | SlaEscalationNotified
  | SlaEscalationEnded;

export const SLA_TICKET_EVENT_TYPES: readonly SlaTicketEvent['type'][] = [
  'SlaTicketObserved',
  'SlaClockAttached',
  'SlaClockPaused',
  'SlaClockResumed',
  'SlaClockCompleted',
  'SlaClockCycleStarted',
  'SlaClockCancelled',
  'SlaMilestoneReached',
  'SlaClockRecomputed',
  'SlaEscalationNotified',
  'SlaEscalationEnded',
];

/** Working time of each calendar the definitions name (a looked-up fact). */
export type WorkingTimes = Readonly<Record<string, WorkingTime>>;

export type ObserveTicket = Message<
  'ObserveTicket',
  {
    readonly ticketId: string;
    readonly reference: string | null;
    readonly change: TicketChange;
    readonly by: string;
    readonly at: string;
    /** The tenant's definitions in force now. */
    readonly definitions: readonly SlaDefinition[];
    readonly workingTimes: WorkingTimes;
  }
>;
/** A milestone timer fired: look at the clocks as of `at` (the timer's instant, not the wall clock). */
export type CheckClocks = Message<'CheckClocks', { readonly at: string; readonly workingTimes: WorkingTimes }>;
export type RemindEscalation = Message<
  'RemindEscalation',
  { readonly clockId: string; readonly notificationId: string; readonly at: string; readonly workingTimes: WorkingTimes }
>;
export type AcknowledgeEscalation = Message<'AcknowledgeEscalation', { readonly clockId: string; readonly by: string; readonly at: string }>;
export type RecomputeClocks = Message<
  'RecomputeClocks',
  {
    readonly definitions: readonly SlaDefinition[];
    readonly workingTimes: WorkingTimes;
    readonly reason: string;
    readonly includeClosed: boolean;
    readonly at: string;
  }
>;

export type SlaTicketCommand = ObserveTicket | CheckClocks | RemindEscalation | AcknowledgeEscalation | RecomputeClocks;
