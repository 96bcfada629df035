import type { IncidentEvent } from '../incident.events';
import type { ReassignmentCounting } from '../incident-settings';
import type { RowIssue } from './import.types';
import type { Priority } from '../priority-matrix';
import type { SourceCounters, SourceReadings } from './servicenow-row';

/** A value the platform derived against the one the source wrote on its last row (null: the export has none). */
export interface ValueComparison<T> {
  readonly derived: T;
  readonly source: T | null;
  readonly agrees: boolean;
}

/** The source's own counter on its last row (null when the export has none) against what the platform derived. */
export type CounterComparison = ValueComparison<number>;

/** One imported ticket: what the platform derived from its history against what the source counted. */
export interface IncidentReconciliation {
  readonly number: string;
  readonly reference: string;
  readonly reopens: CounterComparison;
  readonly reassignments: CounterComparison;
  /** The priority the tenant's matrix gives the ticket's impact and urgency, against ServiceNow's `priority`. */
  readonly priority: ValueComparison<Priority>;
  /** Whether the ticket is still live here (not closed or cancelled), against ServiceNow's `active`. */
  readonly active: ValueComparison<boolean>;
  readonly agrees: boolean;
  readonly reasons: readonly string[];
}

function compare<T>(derived: T, source: T | null): ValueComparison<T> {
  return { derived, source, agrees: source === null || source === derived };
}

/** Assignments after the first that changed the group, and those that changed only the assignee. */
function handOvers(events: readonly IncidentEvent[]): { groupChanges: number; assigneeOnly: number } {
  let group: string | null = null;
  let groupChanges = 0;
  let assigneeOnly = 0;
  for (const event of events) {
    if (event.type !== 'IncidentAssigned' && event.type !== 'IncidentEscalatedFunctionally') continue;
    if (group !== null && event.data.group !== group) groupChanges += 1;
    else if (group !== null && event.type === 'IncidentAssigned' && event.data.reassignment) assigneeOnly += 1;
    group = event.data.group;
  }
  return { groupChanges, assigneeOnly };
}

function gapsIn(updates: readonly number[]): string[] {
  const gaps: string[] = [];
  for (let i = 1; i < updates.length; i += 1) {
    const [from, to] = [updates[i - 1]! + 1, updates[i]! - 1];
    if (to >= from) gaps.push(from === to ? `${from}` : `${from}-${to}`);
  }
  return gaps;
}

export interface ReconciliationInput {
  readonly number: string;
  readonly reference: string;
  /** The incident's whole history after the import. */
  readonly events: readonly IncidentEvent[];
  /** The counters on the source's last row of the ticket. */
  readonly counters: SourceCounters;
  /** What the source wrote on its last row of the ticket that the platform derives itself. */
  readonly readings?: SourceReadings;
  readonly updates: readonly number[];
  readonly issues: readonly RowIssue[];
  readonly reassignmentCounting: ReassignmentCounting;
}

/**
 * Compares the counts the platform derived from the replayed history with the source's counters, and
 * when they differ says why: updates missing from the export, rows that could not be applied, or a
 * different counting convention (which the tenant can adopt: reassignmentCounting).
 */
export function reconcileIncident(input: ReconciliationInput): IncidentReconciliation {
  let reopenCount = 0;
  let reassignmentCount = 0;
  let priority: Priority = 'P3';
  let active = true;
  for (const event of input.events) {
    if (event.type === 'IncidentOpened' || event.type === 'IncidentClassified') priority = event.data.priority;
    if (event.type === 'IncidentClosed' || event.type === 'IncidentCancelled') active = false;
    if (event.type === 'IncidentReopened') active = true;
    if (event.type === 'IncidentReopened') reopenCount = event.data.reopenCount;
    if (event.type === 'IncidentAssigned' || event.type === 'IncidentEscalatedFunctionally') reassignmentCount = event.data.reassignmentCount;
  }
  const reopens = compare(reopenCount, input.counters.reopenCount);
  const reassignments = compare(reassignmentCount, input.counters.reassignmentCount);
  const priorities = compare(priority, input.readings?.priority ?? null);
  const activity = compare(active, input.readings?.active ?? null);
  const agrees = reopens.agrees && reassignments.agrees && priorities.agrees && activity.agrees;
  const reasons: string[] = [];
  if (!agrees) {
    const gaps = gapsIn(input.updates);
    if (gaps.length > 0) reasons.push(`updates ${gaps.join(', ')} are missing from the export`);
    for (const issue of input.issues) reasons.push(`line ${issue.line}: ${issue.reason}`);
    if (!reassignments.agrees) {
      const { groupChanges, assigneeOnly } = handOvers(input.events);
      if (input.reassignmentCounting === 'group-or-assignee' && assigneeOnly > 0 && groupChanges === input.counters.reassignmentCount) {
        reasons.push(
          `counting convention: ${assigneeOnly} change(s) of assignee alone count as reassignments here; the source counts changes of group only (tenant setting reassignmentCounting: group-change)`,
        );
      }
    }
    if (reasons.length === 0 && !(reopens.agrees && reassignments.agrees)) reasons.push('no skipped update or refused row explains the difference');
  }
  if (!priorities.agrees) {
    reasons.push(`priority: the tenant's matrix gives ${priority} for the ticket's impact and urgency, the source wrote ${priorities.source}`);
  }
  if (!activity.agrees) reasons.push(`active: the source says ${activity.source}, the ticket is ${active ? 'live' : 'closed'} here`);
  return { number: input.number, reference: input.reference, reopens, reassignments, priority: priorities, active: activity, agrees, reasons };
}
