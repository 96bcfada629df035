import type { DeadlineField, ResetCondition, ResponseSignal, TicketCondition, TicketKind } from './ticket-facts';

export const SLA_TYPES = ['sla', 'ola', 'uc'] as const;
export type SlaType = (typeof SLA_TYPES)[number];
export const SLA_TARGETS = ['response', 'resolution', 'fulfilment'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];
export const CYCLE_RULES = ['first', 'last', 'sum'] as const;
export type CycleRule = (typeof CYCLE_RULES)[number];
export const ESCALATION_RECIPIENTS = ['assignee', 'group-manager', 'third-party'] as const;
export type EscalationRecipient = (typeof ESCALATION_RECIPIENTS)[number];

/** Which tickets a definition attaches to; a list left out matches every value. */
export interface Applicability {
  readonly kind: TicketKind;
  readonly priorities?: readonly string[];
  readonly services?: readonly string[];
  readonly categories?: readonly string[];
}

/**
 * When a clock starts, pauses, resumes, stops, is cancelled and restarts (a new cycle). Without
 * `resume`, a paused clock runs again as soon as `pause` no longer holds; with it, it stays paused
 * until `resume` holds (and `pause` does not).
 */
export interface ClockConditions {
  readonly start: TicketCondition;
  readonly pause?: TicketCondition;
  readonly resume?: TicketCondition;
  readonly stop?: TicketCondition;
  readonly cancel?: TicketCondition;
  readonly reset?: ResetCondition;
}

/** Who is told at a warning or a breach, and how often it is repeated until someone acts. */
export interface EscalationPolicy {
  readonly notify: readonly EscalationRecipient[];
  readonly repeatEveryMinutes: number;
  /** Managers by group; `*` for every other group. */
  readonly managers: Readonly<Record<string, string>>;
}

export interface SlaDefinitionSpec {
  readonly id: string;
  readonly name: string;
  readonly type: SlaType;
  readonly target: SlaTarget;
  readonly appliesTo: Applicability;
  /** Working minutes of `calendar`; null when the due instant is a ticket field (`deadlineField`). */
  readonly durationMinutes: number | null;
  /** A fixed deadline instead of a duration: the clock is due when this ticket field says, and attaches once the ticket has it. */
  readonly deadlineField: DeadlineField | null;
  readonly calendar: string;
  /** Percentages of the duration that warn before the breach (100 %); each is reached once per cycle. */
  readonly warnings: readonly number[];
  readonly conditions: ClockConditions;
  /** For response targets: the changes that count as the response. */
  readonly responseBy: readonly ResponseSignal[];
  readonly cycles: CycleRule;
  readonly escalation: EscalationPolicy | null;
}

export interface SlaDefinition extends SlaDefinitionSpec {
  readonly version: number;
}
