import {
  AlreadyExists,
  commandHandler,
  NotFound,
  PreconditionFailed,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import { requestTypeCatalogDecider, type ActiveRequestType, type RequestTypeCatalog } from '../domain/request-type-catalog.decider';
import type { RequestTypeDefinition } from '../domain/request-type.decider';
import type { FormValidator } from './form-validator';
import { catalogStream } from './intake-streams';

export interface RequestTypeView extends RequestTypeDefinition {
  readonly id: string;
  readonly version: number;
}

const view = (type: ActiveRequestType): RequestTypeView => ({ id: type.requestTypeId, version: type.version, ...type.definition });

/** Fixed key order, so that an unchanged definition compares equal and makes no new version. */
export function normalised(definition: RequestTypeDefinition): RequestTypeDefinition {
  const { name, description, kind, form, category, group, impact, urgency } = definition;
  return { name, description: description ?? '', kind, form, category: category ?? null, group: group ?? null, impact, urgency };
}

/**
 * A tenant's request types (the forms of the portal, phone and email channels). Reads are cached
 * per tenant and checked against the stream head, so a submission costs one one-event read, and a
 * revision made by another replica is seen by the next submission.
 */
export class RequestTypes {
  private readonly handler;
  private readonly cache = new Map<string, { revision: number; catalog: RequestTypeCatalog }>();

  constructor(
    private readonly store: EventStore,
    clock: Clock,
    ids: IdGenerator,
    private readonly forms: FormValidator,
  ) {
    this.handler = commandHandler(requestTypeCatalogDecider, { store, clock, ids });
  }

  async define(context: CommandContext, id: string, definition: RequestTypeDefinition, at: string): Promise<RequestTypeView> {
    this.forms.ensureCompiles(definition.form);
    const result = await this.handler.handle(
      catalogStream(context.tenantId),
      {
        type: 'DefineRequestType',
        data: { requestTypeId: id, definition: normalised(definition), by: context.actor, at },
      },
      context,
    );
    return view(result.state.get(id)!);
  }

  /** A new version; with `expectedVersion` (If-Match), only when the type is still at that version (412 otherwise). */
  async revise(context: CommandContext, id: string, definition: RequestTypeDefinition, at: string, expectedVersion?: number): Promise<RequestTypeView> {
    this.forms.ensureCompiles(definition.form);
    const result = await this.handler.handle(
      catalogStream(context.tenantId),
      (catalog: RequestTypeCatalog) => {
        const current = catalog.get(id)?.version;
        if (expectedVersion !== undefined && current !== undefined && current !== expectedVersion) {
          throw new PreconditionFailed(String(expectedVersion), String(current));
        }
        return [{ type: 'ReviseRequestType', data: { requestTypeId: id, definition: normalised(definition), by: context.actor, at } }];
      },
      context,
    );
    return view(result.state.get(id)!);
  }

  async get(tenantId: string, id: string): Promise<RequestTypeView> {
    const type = (await this.catalog(tenantId)).get(id);
    if (!type) throw new NotFound('Request type', id);
    return view(type);
  }

  /** Defines what is missing and leaves what exists alone: safe to run on every start, on every replica. */
  async seed(context: CommandContext, types: readonly (RequestTypeDefinition & { id: string })[], at: string): Promise<void> {
    const existing = await this.catalog(context.tenantId);
    for (const { id, ...definition } of types) {
      if (existing.has(id)) continue;
      try {
        await this.define(context, id, definition, at);
      } catch (error) {
        if (!(error instanceof AlreadyExists)) throw error;
      }
    }
  }

  async list(tenantId: string): Promise<RequestTypeView[]> {
    return [...(await this.catalog(tenantId)).values()].map(view);
  }

  async catalog(tenantId: string): Promise<RequestTypeCatalog> {
    const stream = catalogStream(tenantId);
    const [head] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const revision = head?.revision ?? -1;
    const cached = this.cache.get(tenantId);
    if (cached && cached.revision === revision) return cached.catalog;
    const { state } = await this.handler.load(stream);
    this.cache.set(tenantId, { revision, catalog: state });
    return state;
  }
}
