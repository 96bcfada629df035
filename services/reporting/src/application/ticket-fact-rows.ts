import type { ReportingSettings } from '../domain/reporting-settings';
import type { TicketFacts } from '../domain/ticket-facts';
import { costOf, isFirstContactResolution, isFirstLevelResolution, slaOutcomes, type SlaOutcome, type WorkingMs } from '../domain/ticket-outcomes';

/** The columns of a ticket fact, in the order the CSV header lists them (camelCase, as the API names them). */
export const TICKET_FACT_FIELDS = [
  'reference',
  'sourceReference',
  'kind',
  'channel',
  'priority',
  'openedAt',
  'resolvedAt',
  'closedAt',
  'status',
  'reopenCount',
  'reassignmentCount',
  'caller',
  'service',
  'configurationItem',
  'openingCategory',
  'closingCategory',
  'priorityHistory',
  'assignmentGroupPath',
  'tiers',
  'firstAssignedAt',
  'firstResponseAt',
  'firstContactResolution',
  'firstLevelResolution',
  'slaOutcomes',
  'csatScore',
  'minutesLogged',
  'cost',
  'problemLinked',
  'articleUsed',
] as const;

export type TicketFactRow = Record<(typeof TICKET_FACT_FIELDS)[number], unknown> & { id: string };

export const hourlyRateOf = (settings: ReportingSettings) => (group: string) => settings.hourlyRates[group] ?? settings.defaultHourlyRate;

/** A fact record as the API shows it: derived outcomes computed with the tenant's calendar and rates. */
export function ticketFactRow(facts: TicketFacts, settings: ReportingSettings, workingMs: WorkingMs): TicketFactRow {
  return {
    id: facts.ticketId,
    reference: facts.reference,
    sourceReference: facts.sourceReference,
    kind: facts.kind,
    channel: facts.channel,
    priority: facts.priority,
    openedAt: facts.openedAt,
    resolvedAt: facts.resolvedAt,
    closedAt: facts.closedAt,
    status: facts.status,
    reopenCount: facts.reopens.length,
    reassignmentCount: facts.reassignmentCount,
    caller: facts.caller,
    service: facts.service,
    configurationItem: facts.configurationItem,
    openingCategory: facts.openingCategory,
    closingCategory: facts.closingCategory,
    priorityHistory: facts.history.priority.map(([at, priority]) => ({ at, priority })),
    assignmentGroupPath: facts.groupPath,
    tiers: facts.tiers,
    firstAssignedAt: facts.firstAssignedAt,
    firstResponseAt: facts.firstResponseAt,
    firstContactResolution: facts.resolvedAt === null ? null : isFirstContactResolution(facts, workingMs),
    firstLevelResolution: facts.resolvedAt === null ? null : isFirstLevelResolution(facts),
    slaOutcomes: slaOutcomes(facts),
    csatScore: facts.csatScore,
    minutesLogged: facts.minutesLogged,
    cost: Math.round(costOf(facts, hourlyRateOf(settings)) * 100) / 100,
    problemLinked: facts.problemLinked,
    articleUsed: facts.articleUsed,
  };
}

/** One CSV cell: lists flattened (`a>b>a`, `P3@instant;P2@instant`, `response:met;resolution:running`), null as empty. */
export function csvCell(field: (typeof TICKET_FACT_FIELDS)[number], value: unknown): string | number | boolean | null {
  switch (field) {
    case 'priorityHistory':
      return (value as { at: string; priority: string | null }[]).map(({ at, priority }) => `${priority ?? ''}@${at}`).join(';');
    case 'assignmentGroupPath':
    case 'tiers':
      return (value as unknown[]).join('>');
    case 'slaOutcomes':
      return (value as SlaOutcome[]).map(({ target, state }) => `${target}:${state}`).join(';');
    default:
      return value as string | number | boolean | null;
  }
}
