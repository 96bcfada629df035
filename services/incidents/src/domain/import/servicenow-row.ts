import type { Channel, Level } from '../incident.events';
import type { Priority } from '../priority-matrix';
import type { OrderedUpdate, Readout, RowIssue } from './import.types';
import type { MappedState, ServiceNowMapping } from './servicenow-mapping';

/** The source's own counters on a row, kept to reconcile with what the platform derives. */
export interface SourceCounters {
  readonly reopenCount: number | null;
  readonly reassignmentCount: number | null;
  readonly madeSla: boolean | null;
}

/** What the source said of the ticket that the platform derives itself: compared at the end, never copied. */
export interface SourceReadings {
  /** ServiceNow's `active`: false once the ticket is resolved, closed or cancelled. */
  readonly active: boolean | null;
  /** ServiceNow's `priority` (`1 - Critical` is P1); the platform derives its own from impact x urgency through the tenant matrix. */
  readonly priority: Priority | null;
}

/** What the ticket was linked to in the source desk, kept on it as internal notes. */
export interface SourceLinks {
  /** `knowledge`: an article's number, or a flag that a knowledge article was used. */
  readonly knowledge: string | boolean | null;
  readonly problem: string | null;
  /** `rfc`: the change request that fixes it. */
  readonly change: string | null;
  /** `caused_by`: the change that caused it. */
  readonly causedBy: string | null;
}

/** One row of a ServiceNow incident export read into the platform's terms: the ticket as it stood after one update. */
export interface ServiceNowUpdate extends OrderedUpdate {
  readonly by: string;
  readonly stateName: string;
  readonly state: MappedState;
  readonly openedAt: string | null;
  readonly openedBy: string | null;
  readonly caller: string | null;
  readonly channel: Channel;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly symptom: string | null;
  readonly impact: Level | null;
  readonly urgency: Level | null;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly vendor: string | null;
  readonly closeCode: string | null;
  readonly closeNotes: string | null;
  readonly resolvedBy: string | null;
  readonly shortDescription: string | null;
  readonly description: string | null;
  readonly location: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly links: SourceLinks;
  readonly readings: SourceReadings;
  readonly counters: SourceCounters;
}

/** Reads a date in the instance's display format and time zone: an ISO instant, or null when the text is not one. */
export type DateReader = (text: string) => string | null;

/** ServiceNow writes an empty value as nothing or `?`. */
function value(record: Readonly<Record<string, string>>, field: string): string | null {
  const text = record[field]?.trim();
  return text === undefined || text === '' || text === '?' ? null : text;
}

class RowProblem extends Error {}

function wholeNumber(record: Readonly<Record<string, string>>, field: string): number | null {
  const text = value(record, field);
  if (text === null) return null;
  if (!/^\d+$/.test(text)) throw new RowProblem(`${field} is not a whole number: '${text}'`);
  return Number(text);
}

function date(record: Readonly<Record<string, string>>, field: string, read: DateReader): string | null {
  const text = value(record, field);
  if (text === null) return null;
  const iso = read(text);
  if (iso === null) throw new RowProblem(`malformed date in ${field}: '${text}'`);
  return iso;
}

/** `2 - Medium` or `2`: impact and urgency run 1 (high) .. 3 (low) in ServiceNow as here. */
export function levelOf(text: string | null | undefined): Level | null {
  const match = /^([123])(\s*-.*)?$/.exec(text ?? '');
  return match ? (Number(match[1]) as Level) : null;
}

const level = (record: Readonly<Record<string, string>>, field: string): Level | null => levelOf(value(record, field));

const TRUE = ['true', '1', 'yes'];
const FALSE = ['false', '0', 'no'];

function flag(record: Readonly<Record<string, string>>, field: string): boolean | null {
  const text = value(record, field)?.toLowerCase();
  if (text === undefined) return null;
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new RowProblem(`${field} is not true or false: '${text}'`);
}

/** `1 - Critical` .. `5 - Planning`, or the bare number: ServiceNow's priority 1 is the platform's P1. */
function priority(record: Readonly<Record<string, string>>): Priority | null {
  const text = value(record, 'priority');
  if (text === null) return null;
  const match = /^([1-5])(\s*-.*)?$/.exec(text);
  if (!match) throw new RowProblem(`priority is not 1 to 5: '${text}'`);
  return `P${match[1]}` as Priority;
}

/** `knowledge` is a flag in ServiceNow's list exports, an article number where an instance links one. */
function knowledge(record: Readonly<Record<string, string>>): string | boolean | null {
  const text = value(record, 'knowledge');
  if (text === null) return null;
  return TRUE.includes(text.toLowerCase()) || FALSE.includes(text.toLowerCase()) ? flag(record, 'knowledge') : text;
}

/** One CSV record of the export, checked: a row that cannot be read says why, with its line. */
export function readServiceNowRow(
  record: Readonly<Record<string, string>>,
  line: number,
  mapping: ServiceNowMapping,
  readDate: DateReader,
): Readout<ServiceNowUpdate> {
  const number = value(record, 'number');
  const issue = (kind: RowIssue['kind'], reason: string): Readout<ServiceNowUpdate> => ({ ok: false, issue: { line, number, kind, reason } });
  if (number === null) return issue('malformed', 'missing number');
  try {
    const update = wholeNumber(record, 'sys_mod_count');
    if (update === null) return issue('malformed', 'missing sys_mod_count');
    const at = date(record, 'sys_updated_at', readDate) ?? date(record, 'sys_updated_on', readDate);
    if (at === null) return issue('malformed', 'missing sys_updated_at');
    const stateName = value(record, 'incident_state') ?? value(record, 'state');
    if (stateName === null) return issue('malformed', 'missing incident_state');
    const state = mapping.states[stateName];
    if (!state) return issue('unknown-state', `unknown state '${stateName}': add it to the state mapping`);
    const contactType = value(record, 'contact_type');
    return {
      ok: true,
      update: {
        line,
        number,
        update,
        at,
        content: record,
        by: value(record, 'sys_updated_by') ?? 'unknown',
        stateName,
        state,
        openedAt: date(record, 'opened_at', readDate) ?? date(record, 'sys_created_at', readDate),
        openedBy: value(record, 'opened_by'),
        caller: value(record, 'caller_id'),
        channel: (contactType !== null ? mapping.channels[contactType] : undefined) ?? mapping.defaultChannel,
        service: value(record, 'business_service'),
        configurationItem: value(record, 'cmdb_ci'),
        category: value(record, 'category'),
        subcategory: value(record, 'subcategory'),
        symptom: value(record, 'u_symptom'),
        impact: level(record, 'impact'),
        urgency: level(record, 'urgency'),
        group: value(record, 'assignment_group'),
        assignee: value(record, 'assigned_to'),
        vendor: value(record, 'vendor'),
        closeCode: value(record, 'closed_code') ?? value(record, 'close_code'),
        closeNotes: value(record, 'close_notes'),
        resolvedBy: value(record, 'resolved_by'),
        shortDescription: value(record, 'short_description'),
        description: value(record, 'description'),
        location: value(record, 'location'),
        resolvedAt: date(record, 'resolved_at', readDate),
        closedAt: date(record, 'closed_at', readDate),
        links: { knowledge: knowledge(record), problem: value(record, 'problem_id'), change: value(record, 'rfc'), causedBy: value(record, 'caused_by') },
        readings: { active: flag(record, 'active'), priority: priority(record) },
        counters: {
          reopenCount: wholeNumber(record, 'reopen_count'),
          reassignmentCount: wholeNumber(record, 'reassignment_count'),
          madeSla: flag(record, 'made_sla'),
        },
      },
    };
  } catch (error) {
    if (error instanceof RowProblem) return issue('malformed', error.message);
    throw error;
  }
}
