import { commandHandler, NotFound, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { ArticleCommand } from '../domain/article.commands';
import { articleDecider } from '../domain/article.decider';
import type { ArticleContent, ArticleOrigin } from '../domain/article.events';
import { actionsFor } from '../domain/article.rules';
import { formatVersion, isArticle, type ArticleState } from '../domain/article.state';
import type { ArticleAction } from '../domain/knowledge-rules';
import { commandFor, type ArticleActionInput } from './article-actions';
import { ARTICLE_CATEGORY } from './article-detail.projection';
import type { ArticleReferences } from './article-references';
import type { KnowledgeSettingsRepository } from './knowledge-settings.repository';

export const SERVICE = 'knowledge';

/** Who acts: the verified principal's tenant, user and roles, and the conversation the request belongs to. */
export interface KnowledgeCaller {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly correlationId: string;
  readonly causationId?: string;
  readonly traceparent?: string;
}

export interface ArticleReceipt {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly version: string | null;
  readonly revision: number;
  readonly allowedActions: readonly ArticleAction[];
}

export interface CommandMeter {
  measure<T>(service: string, command: string, handle: () => Promise<T>): Promise<T>;
}

export interface ArticleUseCaseDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: KnowledgeSettingsRepository;
  readonly references: ArticleReferences;
  readonly meter?: CommandMeter;
}

export type DraftInput = ArticleContent & { readonly owner?: string | null };

export const articleStream = (tenantId: string, articleId: string): string => streamName(ARTICLE_CATEGORY, tenantId, articleId);

export function contextOf(caller: KnowledgeCaller): CommandContext {
  const { tenantId, userId, correlationId, causationId, traceparent } = caller;
  return { tenantId, actor: userId, correlationId, ...(causationId ? { causationId } : {}), ...(traceparent ? { traceparent } : {}) };
}

/** The article use cases: each reads the stream, decides with the tenant's rules as facts, appends. */
export class ArticleUseCases {
  private readonly handler;

  constructor(private readonly deps: ArticleUseCaseDeps) {
    this.handler = commandHandler(articleDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  /** A new work-in-progress article with the next KB reference; its id may be given (harvested drafts are idempotent by id). */
  async draft(caller: KnowledgeCaller, input: DraftInput, origin: ArticleOrigin, articleId = this.deps.ids.next()): Promise<ArticleReceipt> {
    return this.measure('draft', async () => {
      const settings = await this.deps.settings.get(caller.tenantId);
      const at = this.deps.clock.now().toISOString();
      const { owner = null, ...content } = input;
      const acting = { by: caller.userId, roles: caller.roles, rules: settings.rules, at };
      // Decide once before a number is taken, so that a refused draft does not use up a reference.
      const probe = (reference: string): ArticleCommand => ({ type: 'DraftArticle', data: { ...acting, articleId, reference, content, owner, origin } });
      const stream = articleStream(caller.tenantId, articleId);
      const { state: before } = await this.handler.load(stream);
      articleDecider.decide(probe('KB0000000'), before);
      const reference = await this.deps.references.allocate(contextOf(caller), articleId, at);
      const { state, revision } = await this.handler.handle(stream, probe(reference), contextOf(caller));
      return this.receipt(state, revision, settings.rules, caller.roles);
    });
  }

  async act(caller: KnowledgeCaller, articleId: string, input: ArticleActionInput, expectedRevision?: number): Promise<ArticleReceipt> {
    return this.measure(input.action, async () => {
      const settings = await this.deps.settings.get(caller.tenantId);
      const acting = { by: caller.userId, roles: caller.roles, rules: settings.rules, at: this.deps.clock.now().toISOString() };
      const command = commandFor(input, acting, () => this.deps.ids.next());
      const options = expectedRevision === undefined ? {} : { expectedRevision };
      const { state, revision } = await this.handler.handle(articleStream(caller.tenantId, articleId), command, contextOf(caller), options);
      return this.receipt(state, revision, settings.rules, caller.roles, articleId);
    });
  }

  private receipt(state: ArticleState, revision: number, rules: Parameters<typeof actionsFor>[1], roles: readonly string[], id = ''): ArticleReceipt {
    if (state.status === 'none') throw new NotFound('Article', id);
    if (!isArticle(state)) return { id: state.articleId, reference: state.reference, status: 'deleted', version: null, revision, allowedActions: [] };
    return {
      id: state.articleId,
      reference: state.reference,
      status: state.status,
      version: formatVersion(state.version),
      revision,
      allowedActions: actionsFor(state, rules, roles),
    };
  }

  private measure<T>(command: string, handle: () => Promise<T>): Promise<T> {
    return this.deps.meter ? this.deps.meter.measure(SERVICE, command, handle) : handle();
  }
}
