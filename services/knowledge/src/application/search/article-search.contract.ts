import type { ArticleSearch, SearchableArticle } from './article-search.port';

const base: Omit<SearchableArticle, 'id' | 'reference' | 'title'> = {
  tenantId: 'acme',
  problem: '',
  environment: '',
  cause: '',
  resolution: '',
  keywords: [],
  service: 'email',
  category: 'software',
  audience: 'requesters',
  status: 'validated',
  version: '1.0',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

const article = (id: string, title: string, rest: Partial<SearchableArticle> = {}): SearchableArticle => ({
  ...base,
  id,
  reference: `KB${id}`,
  title,
  ...rest,
});

/** A fixed corpus whose ranking order the contract pins down. */
export const CORPUS: readonly SearchableArticle[] = [
  article('1', 'Printer jams on tray 2', {
    problem: 'Paper jams every few pages.',
    resolution: 'Clean the rollers of tray 2.',
    service: 'printing',
    category: 'hardware',
  }),
  article('2', 'Scanner to email fails', {
    problem: 'The printer scans but the email never arrives; the printer shows no jam.',
    service: 'printing',
    category: 'hardware',
  }),
  article('3', 'Printer jams on tray 2', {
    problem: 'Paper jams every few pages.',
    status: 'not-validated',
    version: '1.0',
    service: 'printing',
    category: 'hardware',
  }),
  article('4', 'Reset a forgotten password', {
    problem: 'Locked out after too many attempts.',
    resolution: 'Use the self-service password reset.',
    keywords: ['password', 'locked'],
    category: 'access',
  }),
  article('5', 'Password policy for service accounts', { problem: 'Service accounts need rotating passwords.', audience: 'internal', category: 'security' }),
  article('6', 'Old VPN client', { problem: 'The password prompt of the retired VPN client.', status: 'archived' }),
  article('7', 'Payslip missing', { tenantId: 'globex', problem: 'My password reset did not help, no payslip.', category: 'hr' }),
  // Articles about other things, so that the words above are as rare as they are in a real knowledge base.
  ...Array.from({ length: 40 }, (_, i) =>
    article(`f${i}`, `Meeting room ${i} display stays dark`, { problem: 'The screen in the meeting room shows no signal.', category: 'facilities' }),
  ),
];

/**
 * The behaviour every ArticleSearch adapter shares: ranking (title above body, validated above not
 * validated), the requester's view, filters, tenant isolation, highlights, prefix matching, removal.
 */
export function describeArticleSearchContract(name: string, create: () => Promise<ArticleSearch>): void {
  describe(`${name} (ArticleSearch contract)`, () => {
    let search: ArticleSearch;
    beforeEach(async () => {
      search = await create();
      for (const a of CORPUS) await search.upsert(a);
    });

    const ids = async (text: string, roles: string[] = ['agent'], extra: object = {}) =>
      (await search.search('acme', { text, roles, limit: 10, ...extra })).hits.map((hit) => hit.id);

    it('ranks a word in the title above the same word in the body, and validated above not-validated', async () => {
      expect(await ids('printer jams')).toEqual(['1', '3', '2']);
    });

    it('stems: "jammed printers" finds the articles about a printer that jams', async () => {
      expect((await ids('jammed printers')).slice(0, 2)).toEqual(['1', '3']);
    });

    it('a requester sees only validated articles for requesters; agents see internal and not-validated too', async () => {
      expect(await ids('password', ['requester'])).toEqual(['4']);
      expect((await ids('password')).sort()).toEqual(['4', '5']);
      expect(await ids('printer jams', ['requester'])).toEqual(['1', '2']);
    });

    it('never answers from another tenant, and archived articles only when asked for', async () => {
      expect(await ids('payslip')).toEqual([]);
      expect((await search.search('globex', { text: 'payslip', roles: ['agent'], limit: 10 })).hits.map((h) => h.id)).toEqual(['7']);
      expect(await ids('password', ['agent'], { filters: { states: ['archived'] } })).toEqual(['6']);
    });

    it('filters by service, category, state and audience', async () => {
      expect(await ids('password', ['agent'], { filters: { audience: 'internal' } })).toEqual(['5']);
      expect(await ids('printer', ['agent'], { filters: { states: ['not-validated'] } })).toEqual(['3']);
      expect(await ids('email', ['agent'], { filters: { services: ['printing'] } })).toEqual(['2']);
      expect(await ids('password', ['agent'], { filters: { categories: ['hr'] } })).toEqual([]);
      expect((await ids('password', ['agent'], { filters: { categories: ['access', 'security'] } })).sort()).toEqual(['4', '5']);
      expect(await ids('password', ['agent'], { filters: { categories: ['access', 'hr'] } })).toEqual(['4']);
    });

    it('highlights every matched word, HTML-escaped, in the fields it matched', async () => {
      const [hit] = (await search.search('acme', { text: 'jam', roles: ['agent'], limit: 1 })).hits;
      expect(hit!.highlights).toEqual([
        { field: 'title', snippet: 'Printer <mark>jams</mark> on tray 2' },
        { field: 'problem', snippet: 'Paper <mark>jams</mark> every few pages.' },
      ]);
      await search.upsert(article('8', 'Error <script> in the jam log'));
      const [escaped] = (await search.search('acme', { text: 'script', roles: ['agent'], limit: 1 })).hits;
      expect(escaped!.highlights[0]!.snippet).toBe('Error &lt;<mark>script</mark>&gt; in the jam log');
    });

    it('cuts a long section to a window around its first match', async () => {
      const resolution = `${'Check the cable. '.repeat(20)}Replace the reader battery. ${'Then test it. '.repeat(20)}`;
      await search.upsert(article('9', 'Badge reader stays red', { resolution }));
      const [hit] = (await search.search('acme', { text: 'battery', roles: ['agent'], limit: 1 })).hits;
      expect(hit!.highlights.map((h) => h.field)).toEqual(['resolution']);
      const { snippet } = hit!.highlights[0]!;
      expect(snippet).toMatch(/^….*Replace the reader <mark>battery<\/mark>\. Then.*…$/);
      expect(snippet.length).toBeLessThan(200);
    });

    it('as you type, the unfinished last word matches as a prefix of a word of the title or keywords', async () => {
      expect(await ids('forgotten passw', ['requester'], { asYouType: true })).toEqual(['4']);
      expect(await ids('passw', ['requester'])).toEqual([]);
      // Half a word matches the title and keywords only: "rotat" is in article 5's body alone.
      expect(await ids('rotating', ['agent'])).toEqual(['5']);
      expect(await ids('rotat', ['agent'], { asYouType: true })).toEqual([]);
      expect(await ids('rotating accou', ['agent'], { asYouType: true })).toEqual(['5']);
    });

    it('prefers the category it is told to prefer', async () => {
      expect((await ids('password', ['agent'], { prefer: 'access' }))[0]).toBe('4');
      expect(await ids('tray', ['agent'], { prefer: 'hardware', limit: 1 })).toEqual(['1']);
    });

    it('an update replaces the article; a removal takes it out', async () => {
      await search.upsert(article('1', 'Toner smears', { service: 'printing', category: 'hardware' }));
      expect(await ids('printer jams')).toEqual(['3', '2']);
      await search.remove('acme', '3');
      expect(await ids('printer jams')).toEqual(['2']);
      // The requester's view follows too: an article made internal, then for requesters again.
      const reset = CORPUS.find((a) => a.id === '4')!;
      await search.upsert({ ...reset, audience: 'internal' });
      expect([await ids('password', ['requester']), (await ids('password')).sort()]).toEqual([[], ['4', '5']]);
      await search.upsert(reset);
      expect(await ids('password', ['requester'])).toEqual(['4']);
      await search.remove('acme', '4');
      expect(await ids('password', ['requester'])).toEqual([]);
    });

    it("forgets every article of a purged tenant, archived ones included, and no other tenant's", async () => {
      await search.removeTenant('acme');
      expect(await ids('printer jams')).toEqual([]);
      expect(await ids('password', ['agent'], { filters: { states: ['archived'] } })).toEqual([]);
      expect((await search.search('globex', { text: 'payslip', roles: ['agent'], limit: 10 })).hits.map((h) => h.id)).toEqual(['7']);
      await search.removeTenant('acme');
      expect((await search.search('acme', { text: 'printer', roles: ['agent'], limit: 10 })).total).toBe(0);
    });

    it('answers the same from a batch (the index built on start) as from one article at a time', async () => {
      const batch = await create();
      await batch.upsertMany(CORPUS);
      for (const text of ['printer jams', 'password', 'meeting room display']) {
        const query = { text, roles: ['agent'], limit: 5 };
        expect(await batch.search('acme', query)).toEqual(await search.search('acme', query));
      }
      await batch.upsert(article('9', 'Printer jams when printing envelopes'));
      expect((await batch.search('acme', { text: 'envelopes', roles: ['agent'], limit: 5 })).hits.map((h) => h.id)).toEqual(['9']);
    });

    it('pages with an offset and counts every hit', async () => {
      const page = await search.search('acme', { text: 'printer jams', roles: ['agent'], limit: 2, offset: 1 });
      expect({ total: page.total, ids: page.hits.map((h) => h.id) }).toEqual({ total: 3, ids: ['3', '2'] });
    });
  });
}
