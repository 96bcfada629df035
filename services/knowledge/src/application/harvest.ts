import { AlreadyExists, commandHandler, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { IncidentResolvedV1 } from '@deskstream/contracts';
import { harvestWorkflow, type DraftProposal } from '../domain/harvest.workflow';
import type { ArticleUseCases, KnowledgeCaller } from './article-use-cases';
import type { IncidentFacts } from './incident-facts';
import type { KnowledgeSettingsRepository } from './knowledge-settings.repository';
import { termProcessor } from './search/stemming';

export const HARVEST_CATEGORY = 'kbharvest';
/** Harvested drafts are written by the service itself, with the rights of a knowledge manager. */
const HARVESTER = { userId: 'system:knowledge-harvest', roles: ['knowledge-manager'] };
const stems = termProcessor('english');

/**
 * Which resolutions count as similar: the same category and the same two most specific words of the
 * notes (the longest stems, stop words dropped), so "Restarted the print spooler" and "Restart of the
 * print spooler service" are one kind. English stems for every tenant: the key only has to group.
 */
export function resolutionKind(category: string | null, notes: string): string {
  const words = new Set((notes.match(/[\p{L}\p{N}]+/gu) ?? []).map(stems).filter((s): s is string => s !== null && s.length >= 4));
  const specific = [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, 2)
    .sort();
  return `${category ?? 'uncategorised'}:${specific.join(' ')}`;
}

/**
 * Feeds each resolution to the harvest workflow of its kind (stream `kbharvest-<tenant>.<kind>`) and
 * drafts the articles it proposes. Idempotent: the workflow counts a resolution once, and a proposal
 * whose draft is not there yet (a crash in between) is drafted on the next delivery.
 */
export class Harvest {
  private readonly handler;

  constructor(
    store: EventStore,
    clock: Clock,
    ids: IdGenerator,
    private readonly settings: KnowledgeSettingsRepository,
    private readonly articles: ArticleUseCases,
  ) {
    this.handler = commandHandler(harvestWorkflow, { store, clock, ids });
  }

  async observe(context: CommandContext, facts: IncidentFacts, resolved: IncidentResolvedV1, articleLinked: boolean): Promise<void> {
    const category = facts.category ?? resolved.closingCategory;
    const kind = Buffer.from(resolutionKind(category, resolved.notes)).toString('base64url');
    const { harvest: rules } = await this.settings.get(context.tenantId);
    const command = {
      type: 'ObserveResolution' as const,
      data: {
        incidentId: facts.id,
        reference: facts.reference,
        shortDescription: facts.shortDescription,
        category,
        service: facts.service,
        notes: resolved.notes,
        at: resolved.at,
        articleLinked,
        rules,
        proposalId: `harvest-${facts.id}`,
      },
    };
    const { state } = await this.handler.handle(streamName(HARVEST_CATEGORY, context.tenantId, kind), command, context);
    const latest = state.proposals.at(-1);
    if (latest) await this.draft(context, latest);
  }

  private async draft(context: CommandContext, proposal: DraftProposal): Promise<void> {
    const caller: KnowledgeCaller = {
      ...HARVESTER,
      tenantId: context.tenantId,
      correlationId: context.correlationId,
      ...(context.causationId ? { causationId: context.causationId } : {}),
      ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    };
    const content = {
      title: proposal.title,
      problem: proposal.problem,
      environment: '',
      cause: '',
      resolution: proposal.resolution,
      keywords: [],
      service: proposal.service,
      category: proposal.category,
      audience: 'internal' as const,
      owner: null,
    };
    try {
      await this.articles.draft(caller, content, { kind: 'harvested', sourceIncidents: proposal.sourceIncidents, problemId: null }, proposal.articleId);
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }
}
