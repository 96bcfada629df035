import { commandHandler, NotFound, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { traced, withCommandSpan, type Principal } from '@deskstream/platform';
import type { IncidentCommand } from '../domain/incident.commands';
import { ensureOpenable } from '../domain/decide-recording';
import { incidentDecider } from '../domain/incident.decider';
import { cascadeFrom, majorIncidentCascadeWorkflow, type Cascade } from '../domain/major-incident-cascade.workflow';
import type { Incident } from '../domain/incident.state';
import { ensureAllowed, type IncidentAction } from '../domain/lifecycle.rules';
import { callerOfNewTicket, ensureMayAct } from '../domain/incident.access';
import { commandFor, type ActionInputs, type Facts, type OpenIncidentInput } from './incident-actions';
import { INCIDENT_CATEGORY } from './incident-detail.projection';
import { directoryFactsFor, directoryFactsForOpening, type DirectoryLookup } from './incident-directory';
import type { IncidentQueries } from './incident-queries';
import type { IncidentReferences } from './incident-references';
import type { IncidentSettingsRepository } from './incident-settings.repository';

export const SERVICE = 'incidents';

/** Counts command outcomes; the platform's CommandMetrics fits. */
export interface CommandMeter {
  measure<T>(service: string, command: string, handle: () => Promise<T>): Promise<T>;
}

export interface RequestContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly traceparent?: string;
}

export interface CommandReceipt {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly priority: string;
  readonly revision: number;
}

export interface IncidentUseCaseDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: IncidentSettingsRepository;
  readonly references: IncidentReferences;
  readonly queries: IncidentQueries;
  readonly meter?: CommandMeter;
  readonly directory?: DirectoryLookup;
}

const receipt = (state: Incident, revision: number): CommandReceipt => ({
  id: state.incidentId,
  reference: state.reference,
  status: state.status,
  priority: state.classification.priority,
  revision,
});

/** The incident use cases: each reads the stream, decides with the tenant's settings as facts, appends. */
export class IncidentUseCases {
  private readonly handler;

  constructor(private readonly deps: IncidentUseCaseDeps) {
    this.handler = commandHandler(incidentDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  async open(request: RequestContext, input: OpenIncidentInput): Promise<CommandReceipt> {
    return this.measure('open', { 'deskstream.tenant': request.principal.tenantId }, async () => {
      const { principal } = request;
      const settings = await this.deps.settings.get(principal.tenantId);
      const at = this.deps.clock.now().toISOString();
      const incidentId = this.deps.ids.next();
      const caller = callerOfNewTicket(principal, input.caller);
      const directory = await directoryFactsForOpening(this.deps.directory, principal.tenantId, input);
      const opening = {
        ...input,
        caller,
        ...(directory ? { directory } : {}),
        incidentId,
        priorityMatrix: settings.priorityMatrix,
        majorIncidentRules: settings.majorIncidentRules,
        by: principal.userId,
        at,
      };
      ensureOpenable(opening);
      const context = this.context(request);
      const reference = await this.deps.references.allocate(context, incidentId, at);
      const command: IncidentCommand = { type: 'OpenIncident', data: { ...opening, reference } };
      const result = await this.handler.handle(this.stream(principal.tenantId, incidentId), command, context);
      return receipt(result.state as Incident, result.revision);
    });
  }

  async act<A extends IncidentAction>(
    request: RequestContext,
    idOrReference: string,
    action: A,
    input: ActionInputs[A],
    expectedRevision?: number,
  ): Promise<CommandReceipt> {
    return this.measure(action, { 'deskstream.tenant': request.principal.tenantId, 'deskstream.incident': idOrReference }, async () => {
      const { principal } = request;
      const audience = ensureMayAct(principal, action, input);
      // Reading through the queries also enforces that a requester acts on their own tickets only.
      const current = audience.kind === 'requester' ? await this.deps.queries.detail(principal, idOrReference) : null;
      const id = current?.id ?? (await this.deps.queries.resolveId(principal.tenantId, idOrReference));
      const facts = { ...(await this.facts(principal)), directory: await directoryFactsFor(this.deps.directory, principal.tenantId, action, input) };
      if (action === 'link-child') return this.linkChild(request, id, (input as ActionInputs['link-child']).child, facts, expectedRevision);
      const command = commandFor(action, input, facts)!;
      const result = await this.execute(request, id, command, expectedRevision);
      const cascade = cascadeFrom(result.state, result.newEvents, facts.settings);
      if (cascade) await this.resolveChildren(request, cascade);
      return receipt(result.state as Incident, result.revision);
    });
  }

  /** The quiet-period timer: closes the incident if it is still resolved and due, else does nothing. */
  async closeAutomatically(tenantId: string, incidentId: string, timerId: string): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    const context = traced({ tenantId, actor: 'system:auto-close', correlationId: timerId, causationId: `timer:${timerId}` });
    await this.measure('auto-close', { 'deskstream.tenant': tenantId, 'deskstream.incident': incidentId }, () =>
      this.handler.handle(this.stream(tenantId, incidentId), { type: 'CloseIncident', data: { automatic: true, by: 'system', at } }, context),
    );
  }

  private async linkChild(request: RequestContext, masterId: string, child: string, facts: Facts, expectedRevision?: number): Promise<CommandReceipt> {
    const tenantId = request.principal.tenantId;
    const master = await this.handler.load(this.stream(tenantId, masterId));
    ensureAllowed(master.state, 'link-child');
    const childId = await this.deps.queries.resolveId(tenantId, child);
    if (childId !== masterId) {
      const linked = await this.execute(request, childId, { type: 'LinkToMajorIncident', data: { masterIncidentId: masterId, by: facts.by, at: facts.at } });
      if (linked.state.status === 'none') throw new NotFound('Incident', child);
    }
    const result = await this.execute(
      request,
      masterId,
      { type: 'LinkChildIncident', data: { childIncidentId: childId, by: facts.by, at: facts.at } },
      expectedRevision,
    );
    return receipt(result.state as Incident, result.revision);
  }

  /** Children are resolved with their master, each as the cascade decides on it. */
  private async resolveChildren(request: RequestContext, { resolved, childIncidentIds }: Cascade): Promise<void> {
    for (const childId of childIncidentIds) {
      await this.handler.handle(
        this.stream(request.principal.tenantId, childId),
        (child) => majorIncidentCascadeWorkflow.decide(resolved, child),
        this.context(request),
      );
    }
  }

  private async execute(request: RequestContext, id: string, command: IncidentCommand, expectedRevision?: number) {
    try {
      return await this.handler.handle(
        this.stream(request.principal.tenantId, id),
        command,
        this.context(request),
        expectedRevision === undefined ? {} : { expectedRevision },
      );
    } catch (error) {
      if (error instanceof NotFound) throw new NotFound('Incident', id);
      throw error;
    }
  }

  private async facts(principal: Principal): Promise<Facts> {
    const settings = await this.deps.settings.get(principal.tenantId);
    return { by: principal.userId, at: this.deps.clock.now().toISOString(), settings, newId: () => this.deps.ids.next() };
  }

  /** Taken inside the command's span: the events it appends name that span (or the trace the request gave). */
  private context(request: RequestContext): CommandContext {
    const context = { tenantId: request.principal.tenantId, actor: request.principal.userId, correlationId: request.correlationId };
    return request.traceparent ? { ...context, traceparent: request.traceparent } : traced(context);
  }

  private stream(tenantId: string, id: string): string {
    return streamName(INCIDENT_CATEGORY, tenantId, id);
  }

  /** Each command in a span of its own (`incidents.<command>`), timed by the command metrics. */
  private measure<T>(command: string, attributes: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    return withCommandSpan(`incidents.${command}`, attributes, () => (this.deps.meter ? this.deps.meter.measure(SERVICE, command, fn) : fn()));
  }
}
