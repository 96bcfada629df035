import { describeArticleSearchContract } from './article-search.contract';
import { MiniSearchArticleSearch } from './minisearch-article-search';

describeArticleSearchContract('MiniSearchArticleSearch', async () => new MiniSearchArticleSearch());

describe('MiniSearchArticleSearch languages', () => {
  it('stems in the tenant language and re-indexes what the tenant has when it changes', async () => {
    const search = new MiniSearchArticleSearch();
    const article = {
      id: '1',
      tenantId: 'acme',
      reference: 'KB1',
      title: 'Drucker druckt nicht',
      problem: 'Die Drucker im zweiten Stock drucken nicht.',
      environment: '',
      cause: '',
      resolution: '',
      keywords: [],
      service: null,
      category: null,
      audience: 'internal' as const,
      status: 'validated' as const,
      version: '1.0',
      updatedAt: '2026-03-02T09:00:00Z',
    };
    await search.upsert(article);
    const find = async (text: string) => (await search.search('acme', { text, roles: ['agent'], limit: 5 })).total;
    await search.configure('acme', 'german');
    expect(await find('druckern')).toBe(1);
    expect(await find('die')).toBe(0);
  });
});
