import { TENANT_EVENTS, TOPICS, type TemplateArticleV1, type TenantOnboardedV1 } from '@deskstream/contracts';
import { AlreadyExists, IllegalTransition } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { currentTraceparent, type IntegrationConsumer } from '@deskstream/platform';
import type { ArticleUseCases, KnowledgeCaller } from './article-use-cases';

/** A starter article's id in the new tenant: the same on every delivery, so a redelivered onboarding drafts nothing twice. */
export const starterArticleId = (article: TemplateArticleV1): string => `starter-${article.id}`;

/**
 * A newly onboarded tenant's knowledge base starts with its template's articles, published to
 * requesters (validated), so that self-help works on the first day; the tenant edits or archives them.
 */
export class StarterArticles implements IntegrationConsumer {
  readonly name = 'knowledge.starter-articles';
  readonly topics = [TOPICS.tenants];

  constructor(private readonly articles: ArticleUseCases) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    const { template } = event.data as TenantOnboardedV1;
    const traceparent = currentTraceparent();
    const caller: KnowledgeCaller = {
      tenantId: event.tenantid,
      userId: 'system:onboarding',
      roles: ['knowledge-manager'],
      correlationId: event.correlationid,
      causationId: event.id,
      ...(traceparent ? { traceparent } : {}),
    };
    for (const article of template.articles) await this.publish(caller, article);
  }

  private async publish(caller: KnowledgeCaller, article: TemplateArticleV1): Promise<void> {
    const id = starterArticleId(article);
    const content = {
      title: article.title,
      problem: article.title,
      environment: '',
      cause: '',
      resolution: article.body,
      keywords: [...article.tags],
      service: null,
      category: null,
      audience: 'requesters' as const,
    };
    await this.articles.draft(caller, content, { kind: 'authored', sourceIncidents: [], problemId: null }, id).catch(alreadyDone);
    await this.articles.act(caller, id, { action: 'submit' }).catch(alreadyDone);
    await this.articles.act(caller, id, { action: 'validate' }).catch(alreadyDone);
  }
}

/** On redelivery a step may already have been taken: that is the outcome wanted. */
function alreadyDone(error: unknown): void {
  if (!(error instanceof AlreadyExists) && !(error instanceof IllegalTransition)) throw error;
}
