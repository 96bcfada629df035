import { assertNever, ValidationFailed, type Decider, type Message } from '@deskstream/kernel';
import type { Level } from './intake-levels';
import { route, type Contact, type Routing, type RuleSet } from './routing.rules';

/** An alert from any monitoring source, normalised (Alertmanager v4 or the generic JSON alert). */
export interface Alert {
  readonly fingerprint: string;
  readonly name: string;
  readonly service: string | null;
  readonly severity: string | null;
  readonly summary: string;
  readonly description: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly source: string;
}

export const DEFAULT_STORM_WINDOW_MINUTES = 10;

/** Alerts of one service correlate together (storms); an alert without a service correlates on its own fingerprint. */
export const correlationKeyOf = (alert: Pick<Alert, 'service' | 'fingerprint'>): string =>
  alert.service ? `service:${alert.service}` : `fingerprint:${alert.fingerprint}`;

/** The incident a correlation key (a service, or a lone fingerprint) currently feeds. */
export interface CorrelatedIncident {
  readonly incidentId: string;
  readonly reference: string;
  readonly count: number;
  /** Fingerprints firing now. */
  readonly firing: readonly string[];
  readonly lastFiringAt: string;
}

export type AlertCorrelationState = { readonly incident: CorrelatedIncident | null };

export type RecordAlertFiring = Message<
  'RecordAlertFiring',
  {
    readonly alert: Alert;
    readonly stormWindowMinutes: number;
    /** Pre-allocated when `correlationOf` said `new`; a firing that joins an open incident needs none. */
    readonly newIncident: { readonly incidentId: string; readonly reference: string } | null;
    /** The tenant's routing rules, for the incident a firing opens. */
    readonly routingRules: RuleSet;
    readonly at: string;
  }
>;
export type RecordAlertResolved = Message<'RecordAlertResolved', { readonly alert: Alert; readonly resolveOnRecovery: boolean; readonly at: string }>;
export type AlertCommand = RecordAlertFiring | RecordAlertResolved;

export type AlertIncidentOpened = Message<
  'AlertIncidentOpened',
  {
    readonly incidentId: string;
    readonly reference: string;
    readonly alert: Alert;
    readonly impact: Level;
    readonly urgency: Level;
    /** Absent on incidents opened before alerts were routed. */
    readonly routing?: Routing;
    readonly at: string;
  }
>;
export type AlertCorrelated = Message<
  'AlertCorrelated',
  { readonly incidentId: string; readonly reference: string; readonly alert: Alert; readonly count: number; readonly at: string }
>;
export type AlertRecovered = Message<
  'AlertRecovered',
  { readonly incidentId: string; readonly reference: string; readonly alert: Alert; readonly resolve: boolean; readonly at: string }
>;
export type AlertEvent = AlertIncidentOpened | AlertCorrelated | AlertRecovered;
export const ALERT_EVENT_TYPES = ['AlertIncidentOpened', 'AlertCorrelated', 'AlertRecovered'] as const;

/** Critical pages are high impact and urgency; warnings medium; anything else low. */
export function levelsOf(severity: string | null): { impact: Level; urgency: Level } {
  switch (severity?.toLowerCase()) {
    case 'critical':
    case 'page':
      return { impact: 1, urgency: 1 };
    case 'warning':
    case 'major':
      return { impact: 2, urgency: 2 };
    default:
      return { impact: 3, urgency: 3 };
  }
}

/** An alert as the routing rules see it: its texts, labels and service. */
export function alertContact(alert: Alert): Contact {
  const { name, summary, description, severity } = alert;
  return {
    channel: 'monitoring',
    requestType: null,
    fields: { name, summary, description, severity },
    senderDomain: null,
    mailbox: null,
    labels: alert.labels,
    service: alert.service,
  };
}

/** The tenant's rules route the incident; impact and urgency follow the severity unless a rule sets them. */
function routingOf(alert: Alert, rules: RuleSet): Routing {
  return route(alertContact(alert), rules, { values: { category: null, group: null, ...levelsOf(alert.severity) }, origin: 'alert severity' });
}

/**
 * Whether a firing alert joins the open incident: the same fingerprint still firing always does (a
 * repeat); any alert of the key within the storm window of the last firing does (a storm is one
 * incident with a count); otherwise it opens a new incident.
 */
export function correlationOf(state: AlertCorrelationState, alert: Alert, at: string, stormWindowMinutes: number): 'join' | 'new' {
  const { incident } = state;
  if (!incident) return 'new';
  if (incident.firing.includes(alert.fingerprint)) return 'join';
  return Date.parse(at) - Date.parse(incident.lastFiringAt) <= stormWindowMinutes * 60_000 ? 'join' : 'new';
}

function firing(command: RecordAlertFiring, state: AlertCorrelationState): AlertEvent[] {
  const { alert, at, newIncident, stormWindowMinutes, routingRules } = command.data;
  if (correlationOf(state, alert, at, stormWindowMinutes) === 'join') {
    const incident = state.incident!;
    return [{ type: 'AlertCorrelated', data: { incidentId: incident.incidentId, reference: incident.reference, alert, count: incident.count + 1, at } }];
  }
  if (!newIncident) throw new ValidationFailed([{ field: 'newIncident', message: 'a firing alert that opens an incident needs its pre-allocated id' }]);
  const routing = routingOf(alert, routingRules);
  return [{ type: 'AlertIncidentOpened', data: { ...newIncident, alert, impact: routing.impact!, urgency: routing.urgency!, routing, at } }];
}

function resolved(command: RecordAlertResolved, state: AlertCorrelationState): AlertEvent[] {
  const { alert, at, resolveOnRecovery } = command.data;
  const incident = state.incident;
  // A recovery of something this key never saw fire (or already recovered) changes nothing.
  if (!incident || !incident.firing.includes(alert.fingerprint)) return [];
  const stillFiring = incident.firing.filter((f) => f !== alert.fingerprint);
  const resolve = resolveOnRecovery && stillFiring.length === 0;
  return [{ type: 'AlertRecovered', data: { incidentId: incident.incidentId, reference: incident.reference, alert, resolve, at } }];
}

export const alertCorrelationDecider: Decider<AlertCommand, AlertEvent, AlertCorrelationState> = {
  initialState: () => ({ incident: null }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordAlertFiring':
        return firing(command, state);
      case 'RecordAlertResolved':
        return resolved(command, state);
      default:
        return assertNever(command, 'alert command');
    }
  },
  evolve(state, event) {
    const fingerprint = event.data.alert.fingerprint;
    switch (event.type) {
      case 'AlertIncidentOpened':
        return {
          incident: { incidentId: event.data.incidentId, reference: event.data.reference, count: 1, firing: [fingerprint], lastFiringAt: event.data.at },
        };
      case 'AlertCorrelated': {
        const incident = state.incident!;
        const firing = incident.firing.includes(fingerprint) ? incident.firing : [...incident.firing, fingerprint];
        return { incident: { ...incident, count: event.data.count, firing, lastFiringAt: event.data.at } };
      }
      case 'AlertRecovered': {
        // Once resolved, the next firing opens a new incident rather than feeding a resolved one.
        if (event.data.resolve) return { incident: null };
        const incident = state.incident!;
        return { incident: { ...incident, firing: incident.firing.filter((f) => f !== fingerprint) } };
      }
      default:
        return assertNever(event, 'alert event');
    }
  },
};
