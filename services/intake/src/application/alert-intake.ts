import { commandHandler, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { CommandMetrics } from '@deskstream/platform';
import { alertCorrelationDecider, correlationKeyOf, correlationOf, type AlertCommand, type AlertEvent } from '../domain/alert-correlation.decider';
import type { IntakeSettings } from '../domain/intake-settings';
import type { RuleSet } from '../domain/routing.rules';
import type { ContactRouter } from './contact-router';
import type { ReceivedAlert } from './alert-payloads';
import { commandContextOf, type IntakeRequest } from './intake-request';
import type { IntakeSettingsRepository } from './intake-settings.repository';
import { ALERT_CATEGORY, hashedId } from './intake-streams';
import { KeyedLock } from './keyed-lock';
import { SERVICE } from './submission-intake';
import type { TicketReferences } from './ticket-references';

export interface AlertOutcome {
  readonly fingerprint: string;
  readonly status: ReceivedAlert['status'];
  /** opened: a new incident; correlated: added to the open one; recovered: noted; ignored: nothing to do. */
  readonly outcome: 'opened' | 'correlated' | 'recovered' | 'ignored';
  readonly incidentId: string | null;
  readonly reference: string | null;
  readonly count: number | null;
}

export interface AlertIntakeDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: IntakeSettingsRepository;
  readonly references: TicketReferences;
  readonly router: ContactRouter;
  readonly meter?: Pick<CommandMetrics, 'measure'>;
}

function outcomeOf(received: ReceivedAlert, events: readonly AlertEvent[]): AlertOutcome {
  const base = { fingerprint: received.alert.fingerprint, status: received.status };
  const [event] = events;
  if (!event) return { ...base, outcome: 'ignored', incidentId: null, reference: null, count: null };
  const { incidentId, reference } = event.data;
  switch (event.type) {
    case 'AlertIncidentOpened':
      return { ...base, outcome: 'opened', incidentId, reference, count: 1 };
    case 'AlertCorrelated':
      return { ...base, outcome: 'correlated', incidentId, reference, count: event.data.count };
    case 'AlertRecovered':
      return { ...base, outcome: 'recovered', incidentId, reference, count: null };
  }
}

/**
 * The monitoring channel: each alert is decided against its correlation stream (one per service or
 * lone fingerprint). A firing that opens an incident gets its id and reference here; the incidents
 * service opens it, and adds repeats and recoveries as notes, from the published events.
 */
export class AlertIntake {
  private readonly handler;
  private readonly locks = new KeyedLock();

  constructor(private readonly deps: AlertIntakeDeps) {
    this.handler = commandHandler(alertCorrelationDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  async receive(request: IntakeRequest, alerts: readonly ReceivedAlert[]): Promise<AlertOutcome[]> {
    const settings = await this.deps.settings.get(request.principal.tenantId);
    const outcomes: AlertOutcome[] = [];
    // In order: a payload that carries a firing and its recovery must apply them in that order.
    for (const received of alerts) {
      const run = () => this.one(request, received, settings.alerts, this.deps.router.ruleSet(request.principal.tenantId, settings));
      outcomes.push(await (this.deps.meter ? this.deps.meter.measure(SERVICE, `alert-${received.status}`, run) : run()));
    }
    return outcomes;
  }

  private one(request: IntakeRequest, received: ReceivedAlert, alerts: IntakeSettings['alerts'], routingRules: RuleSet): Promise<AlertOutcome> {
    const tenantId = request.principal.tenantId;
    const key = correlationKeyOf(received.alert);
    const stream = streamName(ALERT_CATEGORY, tenantId, hashedId(key));
    const context = commandContextOf(request);
    return this.locks.run(stream, async () => {
      const at = this.deps.clock.now().toISOString();
      let command: AlertCommand;
      if (received.status === 'resolved') {
        command = { type: 'RecordAlertResolved', data: { alert: received.alert, resolveOnRecovery: alerts.resolveOnRecovery, at } };
      } else {
        const { state } = await this.handler.load(stream);
        const opens = correlationOf(state, received.alert, at, alerts.stormWindowMinutes) === 'new';
        const newIncident = opens ? await this.allocate(context, at) : null;
        command = { type: 'RecordAlertFiring', data: { alert: received.alert, stormWindowMinutes: alerts.stormWindowMinutes, newIncident, routingRules, at } };
      }
      const result = await this.handler.handle(stream, command, context);
      return outcomeOf(received, result.newEvents);
    });
  }

  private async allocate(context: CommandContext, at: string) {
    const incidentId = this.deps.ids.next();
    return { incidentId, reference: await this.deps.references.allocate('incident', context, incidentId, at) };
  }
}
