import type { DocumentStore } from '@deskstream/readmodels';
import { articleDetailProjection } from './article-detail.projection';
import type { IncidentFactsStore } from './incident-facts';
import { searchGapsProjection, type SearchCluster } from './search-gaps.projection';

/**
 * Where knowledge is missing, from data: clusters of searches that found nothing or whose results
 * nobody opened, and incident categories with many tickets and no validated article.
 */
export class KnowledgeGaps {
  constructor(
    private readonly documents: DocumentStore,
    private readonly incidents: IncidentFactsStore,
  ) {}

  async report(tenantId: string, limit: number) {
    const clusters = await this.documents.collection<SearchCluster>(searchGapsProjection.collection).find(tenantId, {
      filter: { gapScore: { $gt: 0 } },
      sort: [{ field: 'gapScore', direction: 'desc' }],
      limit,
    });
    const [tickets, validated] = await Promise.all([
      this.incidents.countByCategory(tenantId),
      this.documents.collection(articleDetailProjection.collection).countBy(tenantId, ['article.content.category'], { status: 'validated' }),
    ]);
    const articlesIn = new Map(validated.map((group) => [group.key['article.content.category'] ?? null, group.count]));
    const categories = tickets
      .map((group) => {
        const category = (group.key.category as string | null) ?? null;
        return { category, incidents: group.count, validatedArticles: articlesIn.get(category) ?? 0 };
      })
      .filter((entry) => entry.category !== null && entry.validatedArticles === 0)
      .sort((a, b) => b.incidents - a.incidents || String(a.category).localeCompare(String(b.category)))
      .slice(0, limit);
    return {
      searches: clusters.items.map(({ query, searches, zeroResults, opened, deflections, gapScore, lastSearchedAt }) => ({
        query,
        searches,
        zeroResults,
        withoutOpenedResult: Math.max(0, searches - zeroResults - opened),
        deflections,
        gapScore,
        lastSearchedAt,
      })),
      categories,
    };
  }
}
