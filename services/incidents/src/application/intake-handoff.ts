import { commandHandler, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { INTAKE_EVENTS, INTAKE_TOPIC, type IntakeIntegrationEvents, type SubmissionAcceptedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE, messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { incidentDecider } from '../domain/incident.decider';
import { intakeHandoffWorkflow, requestHandoffWorkflow, type HandoffInput } from '../domain/intake-handoff.workflow';
import { serviceRequestDecider } from '../domain/service-request.decider';
import { INCIDENT_CATEGORY } from './incident-detail.projection';
import { approversForAccepted } from '../domain/service-catalog';
import { directoryFacts, type DirectoryLookup } from './incident-directory';
import type { ServiceCatalogRepository } from './service-catalog.repository';
import type { IncidentSettingsRepository } from './incident-settings.repository';
import * as inputs from './intake-handoff.inputs';
import { requestStream } from './service-request-commands';

type Translators = { [T in keyof IntakeIntegrationEvents]?: (data: IntakeIntegrationEvents[T], t: inputs.Translation) => HandoffInput };

/** Which incident workflow input each intake event is; a submission for a service request goes its own way. */
const TRANSLATORS: Translators = {
  [INTAKE_EVENTS.submissionAccepted]: inputs.submissionAccepted,
  [INTAKE_EVENTS.submissionLinked]: inputs.submissionLinked,
  [INTAKE_EVENTS.alertIncidentOpened]: inputs.alertOpened,
  [INTAKE_EVENTS.alertCorrelated]: inputs.alertCorrelated,
  [INTAKE_EVENTS.alertRecovered]: inputs.alertRecovered,
  [INTAKE_EVENTS.emailReceived]: inputs.emailReceived,
  [INTAKE_EVENTS.emailReplyReceived]: inputs.emailReplyReceived,
  [INTAKE_EVENTS.chatConverted]: inputs.chatConverted,
};

/** The incident each input is about. */
function incidentOf(input: HandoffInput, event: DeliveredMessage['event']): string {
  return input.type === 'TicketRequested' ? input.data.open.incidentId : event.subject;
}

/**
 * The incidents side of intake's hand-off, behind the inbox: translates each intake event, lets the
 * hand-off workflow decide on the incident as it stands, and runs what it decided as one append. Tickets
 * open with the id and reference intake pre-allocated. A slow or stopped incidents service only delays
 * this: the messages wait on the bus.
 */
export class IntakeHandoff {
  readonly name = 'incidents.intake-handoff';
  readonly topics = [INTAKE_TOPIC];
  /** Each message is about one ticket's stream (a conflicting append is retried by the command handler), so keys need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;
  private readonly incidents;
  private readonly requests;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    private readonly settings: IncidentSettingsRepository,
    private readonly catalog: ServiceCatalogRepository,
    private readonly directory?: DirectoryLookup,
  ) {
    this.incidents = commandHandler(incidentDecider, { store, clock, ids });
    this.requests = commandHandler(serviceRequestDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    await withCommandSpan(`incidents intake-handoff`, { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      const context = messageCommandContext(event, inputs.INTAKE_ACTOR);
      const submission = event.data as SubmissionAcceptedV1;
      if (event.type === INTAKE_EVENTS.submissionAccepted && submission.kind === 'service-request') return this.submitRequest(submission, context);
      if (event.type === INTAKE_EVENTS.submissionLinked && (event.data as { kind: string }).kind !== 'incident') return;
      const translate = TRANSLATORS[event.type as keyof IntakeIntegrationEvents] as ((data: unknown, t: inputs.Translation) => HandoffInput) | undefined;
      if (!translate) return;
      const settings = await this.settings.get(event.tenantid);
      const input = await this.withDirectory(event.tenantid, translate(event.data, { messageId: event.id, at: this.clock.now().toISOString(), settings }));
      const stream = streamName(INCIDENT_CATEGORY, event.tenantid, incidentOf(input, event));
      await this.incidents.handle(stream, (state) => intakeHandoffWorkflow.decide(input, state), context);
    });
  }

  /** The group a new ticket is routed to, as the tenant directory knows it. */
  private async withDirectory(tenantId: string, input: HandoffInput): Promise<HandoffInput> {
    if (input.type !== 'TicketRequested' || !input.data.group) return input;
    const directory = await directoryFacts(this.directory, tenantId, { groups: [input.data.group] });
    return directory ? { ...input, data: { ...input.data, directory } } : input;
  }

  /** A form's request waits for the approvers its catalog item names (accepted already, so it is not refused). */
  private async submitRequest(data: SubmissionAcceptedV1, context: CommandContext): Promise<void> {
    const manager = (await this.directory?.user(context.tenantId, data.caller))?.manager ?? null;
    const question = { catalogItem: data.requestTypeName, requestedFor: data.caller, requestedBy: data.recordedBy, manager };
    const approvers = approversForAccepted(await this.catalog.get(context.tenantId), question);
    const submit = {
      type: 'SubmitServiceRequest' as const,
      data: {
        requestId: data.requestId!,
        reference: data.reference,
        catalogItem: data.requestTypeName,
        description: inputs.submissionDescription(data),
        requestedFor: data.caller,
        requestedBy: data.recordedBy,
        approvers,
        at: data.at,
      },
    };
    await this.requests.handle(requestStream(context.tenantId, data.requestId!), (state) => requestHandoffWorkflow.decide(submit, state), context);
  }
}
