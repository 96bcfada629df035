/**
 * Integration events of the SLA service (CloudEvents `data`, topic TOPICS.sla, key = ticket id, so one
 * ticket's clock changes stay in order). Versioned: a breaking change is a new type, never an edit.
 */
export const SLA_EVENTS = {
  clockStarted: 'deskstream.sla.clock-started.v1',
  clockPaused: 'deskstream.sla.clock-paused.v1',
  clockResumed: 'deskstream.sla.clock-resumed.v1',
  clockCompleted: 'deskstream.sla.clock-completed.v1',
  clockCancelled: 'deskstream.sla.clock-cancelled.v1',
  clockCycleStarted: 'deskstream.sla.clock-cycle-started.v1',
  clockRecomputed: 'deskstream.sla.clock-recomputed.v1',
  warningReached: 'deskstream.sla.warning-reached.v1',
  clockBreached: 'deskstream.sla.clock-breached.v1',
  escalationNotified: 'deskstream.sla.escalation-notified.v1',
  escalationEnded: 'deskstream.sla.escalation-ended.v1',
} as const;

export type SlaIntegrationEventType = (typeof SLA_EVENTS)[keyof typeof SLA_EVENTS];

/** The events whose data is a clock change (`SlaClockChangedV1`): a clock as it now stands. */
export const SLA_CLOCK_CHANGE_EVENTS: readonly string[] = [
  SLA_EVENTS.clockStarted,
  SLA_EVENTS.clockPaused,
  SLA_EVENTS.clockResumed,
  SLA_EVENTS.clockCompleted,
  SLA_EVENTS.clockCancelled,
  SLA_EVENTS.clockCycleStarted,
  SLA_EVENTS.clockRecomputed,
];
/** Warnings and breaches (`SlaMilestoneReachedV1`): they carry the clock as it stands too. */
export const SLA_MILESTONE_EVENTS: readonly string[] = [SLA_EVENTS.warningReached, SLA_EVENTS.clockBreached];

/** One clock of a ticket as it stands after the change. `dueAt` of an in-progress clock is the ticket's SLA due instant. */
export interface SlaClockV1 {
  readonly clockId: string;
  readonly ticketId: string;
  readonly reference: string;
  readonly definition: string;
  readonly definitionVersion: number;
  readonly type: 'sla' | 'ola' | 'uc';
  readonly target: 'response' | 'resolution' | 'fulfilment';
  readonly stage: 'in-progress' | 'paused' | 'completed' | 'cancelled';
  readonly breached: boolean;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly originalDueAt: string;
  readonly nextMilestoneAt: string | null;
  readonly cycle: number;
  readonly group: string | null;
  readonly assignee: string | null;
}

export interface SlaClockChangedV1 {
  readonly clock: SlaClockV1;
  /** Set for cancellations (`condition`, `reselected`) and repairs (the correction's reason). */
  readonly reason: string | null;
  /** True for a clock started in the past by a re-selection. */
  readonly retroactive: boolean;
  readonly at: string;
}

/** A warning (percent < 100) or the breach. `retroactive` ones were replayed into the past and are not to be notified. */
export interface SlaMilestoneReachedV1 {
  readonly clock: SlaClockV1;
  readonly percent: number;
  readonly reachedAt: string;
  readonly retroactive: boolean;
}

/** A notification the escalation decided: mail `recipient` (a user id, or the third party's name). */
export interface SlaEscalationNotifiedV1 {
  readonly notificationId: string;
  readonly clockId: string;
  readonly ticketId: string;
  readonly recipient: string;
  readonly role: 'assignee' | 'group-manager' | 'third-party';
  readonly channel: 'mail';
  readonly percent: number;
  readonly reminder: number;
  readonly nextReminderAt: string | null;
  readonly at: string;
}

export interface SlaEscalationEndedV1 {
  readonly clockId: string;
  readonly ticketId: string;
  readonly reason: 'acted-on' | 'acknowledged' | 'clock-stopped';
  readonly by: string;
  readonly at: string;
}

export interface SlaIntegrationEvents {
  [SLA_EVENTS.clockStarted]: SlaClockChangedV1;
  [SLA_EVENTS.clockPaused]: SlaClockChangedV1;
  [SLA_EVENTS.clockResumed]: SlaClockChangedV1;
  [SLA_EVENTS.clockCompleted]: SlaClockChangedV1;
  [SLA_EVENTS.clockCancelled]: SlaClockChangedV1;
  [SLA_EVENTS.clockCycleStarted]: SlaClockChangedV1;
  [SLA_EVENTS.clockRecomputed]: SlaClockChangedV1;
  [SLA_EVENTS.warningReached]: SlaMilestoneReachedV1;
  [SLA_EVENTS.clockBreached]: SlaMilestoneReachedV1;
  [SLA_EVENTS.escalationNotified]: SlaEscalationNotifiedV1;
  [SLA_EVENTS.escalationEnded]: SlaEscalationEndedV1;
}
