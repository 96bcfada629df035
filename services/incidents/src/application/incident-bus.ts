import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { currentTraceparent, withCommandSpan, type Principal } from '@deskstream/platform';
import type { IncidentAction } from '../domain/lifecycle.rules';
import type { ActionInputs, OpenIncidentInput } from './incident-actions';
import { IncidentQueries, type IncidentListFilters } from './incident-queries';
import { IncidentUseCases, type CommandReceipt, type RequestContext } from './incident-use-cases';

/** The in-process buses at the edge: controllers send these; the handlers run the use cases inside a span. */

export class OpenIncidentCommand extends Command<CommandReceipt> {
  static readonly type = 'incidents.open';
  constructor(
    readonly request: RequestContext,
    readonly input: OpenIncidentInput,
  ) {
    super();
  }
}

export class IncidentActionCommand<A extends IncidentAction = IncidentAction> extends Command<CommandReceipt> {
  static readonly type = 'incidents.action';
  constructor(
    readonly request: RequestContext,
    readonly idOrReference: string,
    readonly action: A,
    readonly input: ActionInputs[A],
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class GetIncidentQuery extends Query<Awaited<ReturnType<IncidentQueries['view']>>> {
  static readonly type = 'incidents.get';
  constructor(
    readonly principal: Principal,
    readonly idOrReference: string,
    readonly asOf?: string,
  ) {
    super();
  }
}

export class ListIncidentsQuery extends Query<Awaited<ReturnType<IncidentQueries['list']>>> {
  static readonly type = 'incidents.list';
  constructor(
    readonly principal: Principal,
    readonly filters: IncidentListFilters,
  ) {
    super();
  }
}

export class IncidentHistoryQuery extends Query<Awaited<ReturnType<IncidentQueries['history']>>> {
  static readonly type = 'incidents.history';
  constructor(
    readonly principal: Principal,
    readonly idOrReference: string,
  ) {
    super();
  }
}

const traced = (request: RequestContext): RequestContext => {
  const traceparent = currentTraceparent();
  return traceparent ? { ...request, traceparent } : request;
};

@CommandHandler(OpenIncidentCommand)
export class OpenIncidentHandler implements ICommandHandler<OpenIncidentCommand> {
  constructor(private readonly useCases: IncidentUseCases) {}

  execute({ request, input }: OpenIncidentCommand): Promise<CommandReceipt> {
    return withCommandSpan('incidents.open', { 'deskstream.tenant': request.principal.tenantId }, () => this.useCases.open(traced(request), input));
  }
}

@CommandHandler(IncidentActionCommand)
export class IncidentActionHandler implements ICommandHandler<IncidentActionCommand> {
  constructor(private readonly useCases: IncidentUseCases) {}

  execute({ request, idOrReference, action, input, expectedRevision }: IncidentActionCommand): Promise<CommandReceipt> {
    return withCommandSpan(`incidents.${action}`, { 'deskstream.tenant': request.principal.tenantId, 'deskstream.incident': idOrReference }, () =>
      this.useCases.act(traced(request), idOrReference, action, input, expectedRevision),
    );
  }
}

@QueryHandler(GetIncidentQuery)
export class GetIncidentHandler implements IQueryHandler<GetIncidentQuery> {
  constructor(private readonly queries: IncidentQueries) {}
  execute({ principal, idOrReference, asOf }: GetIncidentQuery) {
    return this.queries.view(principal, idOrReference, asOf);
  }
}

@QueryHandler(ListIncidentsQuery)
export class ListIncidentsHandler implements IQueryHandler<ListIncidentsQuery> {
  constructor(private readonly queries: IncidentQueries) {}
  execute({ principal, filters }: ListIncidentsQuery) {
    return this.queries.list(principal, filters);
  }
}

@QueryHandler(IncidentHistoryQuery)
export class IncidentHistoryHandler implements IQueryHandler<IncidentHistoryQuery> {
  constructor(private readonly queries: IncidentQueries) {}
  execute({ principal, idOrReference }: IncidentHistoryQuery) {
    return this.queries.history(principal, idOrReference);
  }
}

export const INCIDENT_BUS_HANDLERS = [OpenIncidentHandler, IncidentActionHandler, GetIncidentHandler, ListIncidentsHandler, IncidentHistoryHandler];
