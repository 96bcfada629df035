import type { IncidentCommand } from '../incident.commands';
import { decideIncident } from '../incident.decider';
import type { IncidentEvent } from '../incident.events';
import { evolveIncident } from '../incident.evolve';
import { DEFAULT_INCIDENT_SETTINGS } from '../incident-settings';
import { initialIncidentState, type IncidentState } from '../incident.state';
import { SERVICENOW_DEFAULT_MAPPING } from './servicenow-mapping';
import { readServiceNowRow, type ServiceNowUpdate } from './servicenow-row';
import type { ServiceNowFacts } from './servicenow-translation';

/** Hand-written ServiceNow rows for the import specifications: times are minutes after 09:00 on 5 Jan 2026. */
export const T = (minutes: number): string => new Date(Date.parse('2026-01-05T09:00:00.000Z') + minutes * 60_000).toISOString();

/** The instance's display format in these rows is ISO; anything else is a malformed date. */
export const readIsoDate = (text: string): string | null => (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?Z$/.test(text) ? new Date(text).toISOString() : null);

export const facts: ServiceNowFacts = {
  incidentId: 'inc-imported-1',
  reference: 'INC0001045',
  settings: DEFAULT_INCIDENT_SETTINGS,
  importer: 'import:servicenow',
  mapping: SERVICENOW_DEFAULT_MAPPING,
};

const BASE: Record<string, string> = {
  number: 'INC0001045',
  caller_id: 'Caller 2403',
  opened_by: 'Opened by 8',
  opened_at: T(0),
  contact_type: 'Phone',
  category: 'Category 55',
  subcategory: 'Subcategory 170',
  u_symptom: 'Symptom 72',
  impact: '2 - Medium',
  urgency: '2 - Medium',
  priority: '3 - Moderate',
  assignment_group: '?',
  assigned_to: '?',
  reopen_count: '0',
  reassignment_count: '0',
  made_sla: 'true',
};

let nextLine = 2;

/** A row of the export: the ticket's fields after update `mod`, at minute `minute`. */
export function row(mod: number, minute: number, state: string, fields: Record<string, string> = {}): Record<string, string> {
  return { ...BASE, sys_mod_count: String(mod), sys_updated_at: T(minute), sys_updated_by: 'Updated by 21', incident_state: state, ...fields };
}

export function update(record: Record<string, string>, line = nextLine++): ServiceNowUpdate {
  const readout = readServiceNowRow(record, line, SERVICENOW_DEFAULT_MAPPING, readIsoDate);
  if (!readout.ok) throw new Error(`fixture row does not read: ${readout.issue.reason}`);
  return readout.update;
}

/** The events the platform records for these commands, decided one after another. */
export function eventsOf(commands: readonly IncidentCommand[], state: IncidentState = initialIncidentState()): IncidentEvent[] {
  const events: IncidentEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decideIncident(command, current);
    current = decided.reduce(evolveIncident, current);
    events.push(...decided);
  }
  return events;
}

export const types = (commands: readonly { type: string }[]): string[] => commands.map((c) => c.type);
