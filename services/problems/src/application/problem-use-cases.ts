import { commandHandler, NotFound, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { withCommandSpan } from '@deskstream/platform';
import type { ProblemCommand } from '../domain/problem.commands';
import { problemDecider } from '../domain/problem.decider';
import { ensureAllowed, existing, type ProblemAction } from '../domain/problem-lifecycle.rules';
import { isKnownError, type Problem } from '../domain/problem.state';
import { ensureMayAct, MANAGER_ROLES } from './problem-access';
import { commandFor, type ActionInputs, type Facts, type RecordProblemInput } from './problem-actions';
import type { ProblemQueries } from './problem-queries';
import type { ProblemReferences } from './problem-references';
import type { ProblemSettingsRepository } from './problem-settings.repository';
import { problemStream } from './problem-streams';
import { commandContextOf, SERVICE, type CommandMeter, type RequestContext } from './request-context';
import { Forbidden, type CommandContext } from '@deskstream/kernel';

export interface ProblemReceipt {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly priority: string;
  readonly knownError: boolean;
  readonly revision: number;
}

export interface ProblemUseCaseDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: ProblemSettingsRepository;
  readonly references: ProblemReferences;
  readonly queries: ProblemQueries;
  readonly meter?: CommandMeter;
}

const receipt = (state: Problem, revision: number): ProblemReceipt => ({
  id: state.problemId,
  reference: state.reference,
  status: state.status,
  priority: state.classification.priority,
  knownError: isKnownError(state),
  revision,
});

/** The problem use cases: each reads the stream, decides with the tenant's settings and looked-up facts, appends. */
export class ProblemUseCases {
  readonly handler;

  constructor(private readonly deps: ProblemUseCaseDeps) {
    this.handler = commandHandler(problemDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  async record(
    request: RequestContext,
    input: RecordProblemInput,
    extra: { candidateId?: string; incidentIds?: string[]; problemId?: string } = {},
  ): Promise<ProblemReceipt> {
    return this.measure('record', async () => {
      const { principal } = request;
      if (!principal.roles.some((role) => MANAGER_ROLES.includes(role))) throw new Forbidden('Recording a problem needs the role problem-manager');
      const settings = await this.deps.settings.get(principal.tenantId);
      const at = this.deps.clock.now().toISOString();
      const problemId = extra.problemId ?? this.deps.ids.next();
      const resolved = await Promise.all((input.incidents ?? []).map((incident) => this.deps.queries.resolveIncident(principal.tenantId, incident)));
      const incidents = [...resolved.map((incident) => incident.id), ...(extra.incidentIds ?? [])].map((incidentId) => ({ incidentId }));
      const { incidents: _given, ...fields } = input;
      const command = (reference: string): ProblemCommand => ({
        type: 'RecordProblem',
        data: {
          ...fields,
          problemId,
          reference,
          incidents,
          candidateId: extra.candidateId ?? null,
          priorityMatrix: settings.priorityMatrix,
          by: principal.userId,
          at,
        },
      });
      // Validate before taking a number, so that a refused request writes nothing at all.
      problemDecider.decide(command('PRB0000000'), problemDecider.initialState());
      const context = commandContextOf(request);
      const reference = await this.deps.references.allocate(context, problemId, at);
      const result = await this.handler.handle(problemStream(principal.tenantId, problemId), command(reference), context);
      return receipt(result.state as Problem, result.revision);
    });
  }

  /** Checks a record command without writing anything (a candidate is promoted only if its problem can be recorded). */
  async validateRecord(request: RequestContext, input: RecordProblemInput): Promise<void> {
    const settings = await this.deps.settings.get(request.principal.tenantId);
    const { incidents: _i, ...fields } = input;
    problemDecider.decide(
      {
        type: 'RecordProblem',
        data: {
          ...fields,
          problemId: 'check',
          reference: 'PRB0000000',
          priorityMatrix: settings.priorityMatrix,
          by: request.principal.userId,
          at: this.deps.clock.now().toISOString(),
        },
      },
      problemDecider.initialState(),
    );
  }

  async act<A extends ProblemAction>(
    request: RequestContext,
    idOrReference: string,
    action: A,
    input: ActionInputs[A],
    expectedRevision?: number,
  ): Promise<ProblemReceipt> {
    return this.measure(action, async () => {
      const { principal } = request;
      const id = await this.deps.queries.resolveId(principal.tenantId, idOrReference);
      const stream = problemStream(principal.tenantId, id);
      const { state } = await this.handler.load(stream);
      if (state.status === 'none') throw new NotFound('Problem', idOrReference);
      const task = action === 'complete-task' ? state.tasks.find((t) => t.taskId === (input as ActionInputs['complete-task']).taskId) : undefined;
      ensureMayAct(principal, action, task?.assignee);
      const facts = await this.facts(request, state, action, input);
      if (action === 'mark-duplicate') await this.moveLinksToMaster(request, state, facts);
      const result = await this.execute(request, stream, commandFor(action, input, facts), expectedRevision);
      return receipt(result.state as Problem, result.revision);
    });
  }

  /** A use of the workaround reported by an incident (the incidents consumer calls this). */
  async recordWorkaroundUse(context: CommandContext, problemIdOrReference: string, incidentId: string, at: string): Promise<void> {
    const id = await this.deps.queries.resolveId(context.tenantId, problemIdOrReference).catch(() => null);
    if (!id) return;
    const { state } = await this.handler.load(problemStream(context.tenantId, id));
    if (state.status === 'none') return;
    await this.handler.handle(problemStream(context.tenantId, id), { type: 'RecordWorkaroundUse', data: { incidentId, at } }, context);
  }

  private async facts<A extends ProblemAction>(request: RequestContext, state: Problem, action: A, input: ActionInputs[A]): Promise<Facts> {
    const { tenantId, userId } = request.principal;
    const settings = await this.deps.settings.get(tenantId);
    const base = { by: userId, at: this.deps.clock.now().toISOString(), settings, newId: () => this.deps.ids.next() };
    if (action === 'link-incident' || action === 'unlink-incident') {
      const given = (input as ActionInputs['link-incident']).incident;
      const incident = await this.deps.queries.resolveIncident(tenantId, given).catch((error: unknown) => {
        // An incident linked earlier can be unlinked by id even if it is no longer known here.
        if (action === 'unlink-incident' && error instanceof NotFound && state.linkedIncidentIds.includes(given)) return null;
        throw error;
      });
      return { ...base, target: { id: incident?.id ?? given, reference: incident?.reference ?? given } };
    }
    if (action === 'mark-duplicate') {
      ensureAllowed(state, 'mark-duplicate');
      const masterId = await this.deps.queries.resolveId(tenantId, (input as ActionInputs['mark-duplicate']).master);
      const master = existing((await this.handler.load(problemStream(tenantId, masterId))).state);
      return { ...base, target: { id: master.problemId, reference: master.reference } };
    }
    if (action === 'communicate') return { ...base, openIncidentIds: await this.deps.queries.openLinkedIncidents(tenantId, state.linkedIncidentIds) };
    return base;
  }

  /** The master takes the links first: a retry after a failure in between finds them there and marks the duplicate. */
  private async moveLinksToMaster(request: RequestContext, duplicate: Problem, facts: Facts): Promise<void> {
    const master = facts.target!;
    await this.execute(request, problemStream(request.principal.tenantId, master.id), {
      type: 'TakeOverLinks',
      data: { incidentIds: duplicate.linkedIncidentIds, by: facts.by, at: facts.at },
    });
  }

  private execute(request: RequestContext, stream: string, command: ProblemCommand, expectedRevision?: number) {
    return this.handler.handle(stream, command, commandContextOf(request), expectedRevision === undefined ? {} : { expectedRevision });
  }

  private measure<T>(command: string, fn: () => Promise<T>): Promise<T> {
    const run = () => withCommandSpan(`problems.${command}`, {}, fn);
    return this.deps.meter ? this.deps.meter.measure(SERVICE, command, run) : run();
  }
}
