import {
  AlreadyExists,
  commandHandler,
  ConcurrencyConflict,
  eventMetadata,
  IllegalTransition,
  streamName,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { withCommandSpan } from '@deskstream/platform';
import type { IncidentCommand } from '../domain/incident.commands';
import { incidentDecider } from '../domain/incident.decider';
import type { Incident } from '../domain/incident.state';
import { serviceRequestDecider } from '../domain/service-request.decider';
import { INCIDENT_CATEGORY } from './incident-detail.projection';
import type { IncidentSettingsRepository } from './incident-settings.repository';
import {
  INTAKE_EVENTS,
  INTAKE_TOPIC,
  type AlertCorrelatedV1,
  type AlertIncidentOpenedV1,
  type AlertRecoveredV1,
  type SubmissionAcceptedV1,
  type SubmissionLinkedV1,
} from '@deskstream/contracts';
import { requestStream } from './service-request-commands';

const ACTOR = 'system:intake';
const MAX_TEXT = 10_000;

/** The form's fields, readable on the ticket: intake validated them against the request type's schema. */
function describe(data: SubmissionAcceptedV1): string {
  const rest = Object.entries(data.fields).filter(([name]) => name !== 'shortDescription' && name !== 'description');
  const lines = rest.map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const text = [data.description, lines.length > 0 ? `${data.requestTypeName}\n${lines.join('\n')}` : ''].filter(Boolean).join('\n\n');
  return (text || data.shortDescription).slice(0, MAX_TEXT);
}

/**
 * The incidents side of the intake hand-off: opens each ticket with the id and reference intake
 * pre-allocated, and adds alert repeats, recoveries and repeat submissions as notes. Idempotent at
 * every step, because the inbox records a message only after its effect: opening again finds the
 * ticket (AlreadyExists), a note already caused by this message is not added twice, assigning the same
 * group changes nothing. A slow or stopped incidents service only delays this: the messages wait.
 */
export class IntakeHandoff {
  readonly name = 'incidents.intake-handoff';
  readonly topics = [INTAKE_TOPIC];
  private readonly incidents;
  private readonly requests;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly settings: IncidentSettingsRepository,
  ) {
    this.incidents = commandHandler(incidentDecider, { store, clock, ids });
    this.requests = commandHandler(serviceRequestDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const context: CommandContext = { tenantId: event.tenantid, actor: ACTOR, correlationId: event.correlationid, causationId: event.id };
    await withCommandSpan(`incidents intake-handoff`, { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      switch (event.type) {
        case INTAKE_EVENTS.submissionAccepted:
          return this.accepted(event.data as SubmissionAcceptedV1, context);
        case INTAKE_EVENTS.submissionLinked: {
          const data = event.data as SubmissionLinkedV1;
          if (data.kind !== 'incident') return;
          return this.note(data.ticketId, `Submitted again by ${data.caller} via ${data.channel} (submission ${data.submissionId}); linked, not duplicated.`, context);
        }
        case INTAKE_EVENTS.alertIncidentOpened:
          return this.alertOpened(event.data as AlertIncidentOpenedV1, context);
        case INTAKE_EVENTS.alertCorrelated: {
          const { incidentId, alert, count } = event.data as AlertCorrelatedV1;
          return this.note(incidentId, `Alert ${alert.name} (${alert.fingerprint}) firing: occurrence ${count}. ${alert.summary}`, context);
        }
        case INTAKE_EVENTS.alertRecovered:
          return this.recovered(event.data as AlertRecoveredV1, context);
      }
    });
  }

  private async accepted(data: SubmissionAcceptedV1, context: CommandContext): Promise<void> {
    const at = data.at;
    if (data.kind === 'service-request' && data.requestId) {
      const details = {
        requestId: data.requestId,
        reference: data.reference,
        catalogItem: data.requestTypeName,
        description: describe(data),
        requestedFor: data.caller,
        requestedBy: data.recordedBy,
        approvers: [],
      };
      await this.once(() => this.requests.handle(requestStream(context.tenantId, data.requestId!), { type: 'SubmitServiceRequest', data: { ...details, at } }, context));
      return;
    }
    const { classification: c } = data;
    await this.open(data.incidentId!, data.reference, {
      caller: data.caller,
      channel: data.channel,
      shortDescription: data.shortDescription,
      description: describe(data),
      impact: c.impact,
      urgency: c.urgency,
      category: c.category,
      at,
    }, context, c.group);
  }

  private async alertOpened(data: AlertIncidentOpenedV1, context: CommandContext): Promise<void> {
    const { alert } = data;
    const labels = Object.entries(alert.labels).map(([k, v]) => `${k}=${v}`).join(', ');
    await this.open(data.incidentId, data.reference, {
      caller: `monitoring:${alert.source}`,
      channel: 'monitoring',
      service: alert.service,
      shortDescription: `[${alert.name}] ${alert.summary}`.slice(0, 200),
      description: [alert.description, `Fingerprint ${alert.fingerprint}; started ${alert.startsAt}; labels: ${labels}`].filter(Boolean).join('\n\n').slice(0, MAX_TEXT),
      impact: data.impact,
      urgency: data.urgency,
      category: null,
      at: data.at,
    }, context);
  }

  private async recovered(data: AlertRecoveredV1, context: CommandContext): Promise<void> {
    const { alert, incidentId } = data;
    await this.note(incidentId, `Alert ${alert.name} (${alert.fingerprint}) resolved${alert.endsAt ? ` at ${alert.endsAt}` : ''}.`, context);
    if (data.resolve) await this.resolve(incidentId, `All alerts recovered; last: ${alert.name}.`, data.at, context);
  }

  /**
   * Opens the ticket and, when intake classified a group, assigns it in the same append: a new
   * ticket's stream is empty, so nothing is read first. A redelivery finds the stream there and only
   * makes sure of the assignment.
   */
  private async open(
    incidentId: string,
    reference: string,
    input: Pick<Extract<IncidentCommand, { type: 'OpenIncident' }>['data'], 'caller' | 'channel' | 'shortDescription' | 'description' | 'impact' | 'urgency' | 'category' | 'at'> & { service?: string | null },
    context: CommandContext,
    group: string | null = null,
  ): Promise<void> {
    const settings = await this.settings.get(context.tenantId);
    const command: IncidentCommand = {
      type: 'OpenIncident',
      data: { ...input, incidentId, reference, by: ACTOR, priorityMatrix: settings.priorityMatrix, majorIncidentRules: settings.majorIncidentRules },
    };
    const opened = incidentDecider.decide(command, incidentDecider.initialState());
    const state = opened.reduce(incidentDecider.evolve, incidentDecider.initialState());
    const assigned = group && state.status === 'new' && (state as Incident).group === null
      ? incidentDecider.decide({ type: 'AssignIncident', data: { group, by: ACTOR, at: input.at } }, state)
      : [];
    const metadata = eventMetadata(context, this.clock.now().toISOString());
    try {
      await this.store.appendToStream(
        this.stream(context.tenantId, incidentId),
        [...opened, ...assigned].map(({ type, data }) => ({ eventId: this.ids.next(), type, data, metadata })),
        { expectedRevision: 'no_stream' },
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict)) throw error;
      if (group) await this.assignIfUnassigned(incidentId, group, input.at, context);
    }
  }

  private async assignIfUnassigned(incidentId: string, group: string, at: string, context: CommandContext): Promise<void> {
    const stream = this.stream(context.tenantId, incidentId);
    const { state } = await this.incidents.load(stream);
    if (state.status !== 'new' || (state as Incident).group !== null) return;
    await this.incidents.handle(stream, { type: 'AssignIncident', data: { group, by: ACTOR, at } }, context);
  }

  private async note(incidentId: string, text: string, context: CommandContext): Promise<void> {
    const stream = this.stream(context.tenantId, incidentId);
    const events = await this.store.readStream(stream);
    if (events.some((event) => event.metadata.causationId === context.causationId)) return;
    const command: IncidentCommand = {
      type: 'AddNote',
      data: { noteId: context.causationId!, visibility: 'internal', text: text.slice(0, MAX_TEXT), by: ACTOR, at: this.clock.now().toISOString() },
    };
    await this.tolerateClosed(() => this.incidents.handle(stream, command, context));
  }

  /** Walks the incident to in-progress (resolution is only allowed from there), then resolves it. */
  private async resolve(incidentId: string, notes: string, at: string, context: CommandContext): Promise<void> {
    const stream = this.stream(context.tenantId, incidentId);
    const settings = await this.settings.get(context.tenantId);
    const closingCategory = settings.closingCategories.includes('no-fault-found') ? 'no-fault-found' : settings.closingCategories[0]!;
    for (let step = 0; step < 4; step += 1) {
      const { state } = await this.incidents.load(stream);
      const by = ACTOR;
      let command: IncidentCommand;
      if (state.status === 'new') command = { type: 'AssignIncident', data: { group: 'monitoring', by, at } };
      else if (state.status === 'assigned') command = { type: 'StartWork', data: { by, at } };
      else if (state.status === 'on-hold') command = { type: 'ResumeIncident', data: { by, at } };
      else if (state.status === 'in-progress') {
        command = { type: 'ResolveIncident', data: { closingCategory, notes, closingCategories: settings.closingCategories, quietPeriodDays: settings.quietPeriodDays, by, at } };
      } else return;
      await this.tolerateClosed(() => this.incidents.handle(stream, command, context));
      if (command.type === 'ResolveIncident') return;
    }
  }

  private async once(open: () => Promise<unknown>): Promise<void> {
    try {
      await open();
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }

  /** An incident someone already closed or cancelled takes no more alert notes; that is not a failure to retry. */
  private async tolerateClosed(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof IllegalTransition)) throw error;
    }
  }

  private stream(tenantId: string, incidentId: string): string {
    return streamName(INCIDENT_CATEGORY, tenantId, incidentId);
  }
}
