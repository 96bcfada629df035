import { streamName, type EventToAppend, type EventStore } from '@deskstream/kernel';
import type { IncidentCommand } from '../services/incidents/src/domain/incident.commands';
import { decideIncident } from '../services/incidents/src/domain/incident.decider';
import { evolveIncident } from '../services/incidents/src/domain/incident.evolve';
import { initialIncidentState, type IncidentState } from '../services/incidents/src/domain/incident.state';
import { DEFAULT_INCIDENT_SETTINGS } from '../services/incidents/src/domain/incident-settings';
import { INCIDENT_CATEGORY } from '../services/incidents/src/application/incident-detail.projection';

const TENANTS = ['acme', 'globex'];
const T0 = Date.parse('2026-01-05T08:00:00.000Z');
const settings = DEFAULT_INCIDENT_SETTINGS;
const classifying = { priorityMatrix: settings.priorityMatrix, majorIncidentRules: settings.majorIncidentRules };

/**
 * One incident's life as the desk lives it, ten commands and ten events: recorded, classified,
 * assigned, worked with notes and a hold, resolved, closed.
 */
function lifecycle(n: number, incidentId: string): ((at: string) => IncidentCommand)[] {
  const agent = `agent-${n % 40}`;
  return [
    (at) => ({
      type: 'OpenIncident',
      data: {
        ...classifying,
        incidentId,
        reference: `INC${String(1_001_000 + n).padStart(7, '0')}`,
        caller: `user-${n % 997}`,
        channel: (['portal', 'email', 'phone', 'chat'] as const)[n % 4],
        service: `service-${n % 25}`,
        configurationItem: `ci-${n % 300}`,
        shortDescription: `Printer on floor ${n % 12} jams on every job`,
        description: 'Paper jams after the first page; the queue keeps growing and the team cannot print invoices.',
        by: `user-${n % 997}`,
        at,
      },
    }),
    (at) => ({ type: 'ClassifyIncident', data: { ...classifying, impact: (n % 3) + 1, urgency: ((n >> 2) % 3) + 1, category: 'hardware', by: agent, at } }),
    (at) => ({ type: 'AssignIncident', data: { group: `group-${n % 8}`, assignee: agent, tier: 1, by: agent, at } }),
    (at) => ({ type: 'StartWork', data: { by: agent, at } }),
    (at) => ({
      type: 'AddNote',
      data: { noteId: `${incidentId}-n1`, visibility: 'internal', text: 'Cleared the tray, testing again', minutes: 10, by: agent, at },
    }),
    (at) => ({ type: 'PutOnHold', data: { reason: 'awaiting-caller', by: agent, at } }),
    (at) => ({ type: 'ResumeIncident', data: { by: agent, at } }),
    (at) => ({ type: 'AddNote', data: { noteId: `${incidentId}-n2`, visibility: 'public', text: 'Replaced the roller', minutes: 25, by: agent, at } }),
    (at) => ({
      type: 'ResolveIncident',
      data: {
        closingCategory: 'hardware',
        notes: 'Worn roller replaced',
        closingCategories: settings.closingCategories,
        quietPeriodDays: settings.quietPeriodDays,
        by: agent,
        at,
      },
    }),
    (at) => ({ type: 'CloseIncident', data: { automatic: false, by: agent, at } }),
  ];
}

export const EVENTS_PER_INCIDENT = 10;

/**
 * Appends `incidents` full lifecycles decided by the real incident decider, interleaved the way a
 * desk with `inFlight` open tickets writes them (so consecutive events rarely share a document), one
 * command per append, as the command handler does. Returns the number of events written.
 */
export async function appendIncidentHistory(store: EventStore, incidents: number, inFlight = 1_000): Promise<number> {
  let written = 0;
  let tick = 0;
  for (let first = 0; first < incidents; first += inFlight) {
    const window = Array.from({ length: Math.min(inFlight, incidents - first) }, (_, i) => {
      const n = first + i;
      const id = `inc-${n}`;
      return {
        n,
        stream: streamName(INCIDENT_CATEGORY, TENANTS[n % TENANTS.length], id),
        steps: lifecycle(n, id),
        state: initialIncidentState() as IncidentState,
      };
    });
    for (let step = 0; step < EVENTS_PER_INCIDENT; step += 1) {
      for (const incident of window) {
        tick += 1;
        const at = new Date(T0 + tick * 1_000).toISOString();
        const events = decideIncident(incident.steps[step](at), incident.state);
        incident.state = events.reduce(evolveIncident, incident.state);
        const toAppend: EventToAppend[] = events.map((event, i) => ({
          eventId: `${incident.stream}/${step}/${i}`,
          type: event.type,
          data: event.data,
          metadata: {
            tenantId: TENANTS[incident.n % TENANTS.length],
            actor: 'bench',
            correlationId: `c-${tick}`,
            causationId: `c-${tick}`,
            occurredAt: at,
            schemaVersion: 1,
          },
        }));
        await store.appendToStream(incident.stream, toAppend, { expectedRevision: step === 0 ? 'no_stream' : step - 1 });
        written += toAppend.length;
      }
    }
  }
  return written;
}
