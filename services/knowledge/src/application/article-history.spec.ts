import { recordedEvents } from '@deskstream/readmodels';
import { at, content, drafted } from '../domain/article.fixtures';
import type { ArticleEvent } from '../domain/article.events';
import { articleHistoryOf } from './article-history';

const harvested: ArticleEvent = {
  ...drafted,
  data: { ...drafted.data, origin: { kind: 'known-error', sourceIncidents: ['inc-1', 'inc-2'], problemId: 'prb-1' } },
} as ArticleEvent;
const edited: ArticleEvent = {
  type: 'ArticleEdited',
  data: {
    content: { ...content, title: 'Outlook asks for the password again' },
    owner: 'alice',
    version: '0.2',
    revalidationNeeded: false,
    by: 'alice',
    at: at(1),
  },
};
const events = recordedEvents<ArticleEvent>('article-acme.a-1', [harvested, edited], { tenantId: 'acme' });
const known = new Map([['inc-1', 'INC0000001']]);

describe('an article history names the fields its detail shows', () => {
  it('its content shows at the top, as the detail shows it', async () => {
    const [, edit] = await articleHistoryOf(events, async () => known);
    expect(edit!.changes).toContainEqual({ field: 'title', from: content.title, to: 'Outlook asks for the password again' });
  });

  it('its origin names the source incidents and the problem as links', async () => {
    const [draft] = await articleHistoryOf(events, async () => known);
    expect(draft!.changes).toContainEqual({
      field: 'origin.sourceIncidents',
      from: null,
      to: [
        { id: 'inc-1', reference: 'INC0000001' },
        { id: 'inc-2', reference: null },
      ],
    });
    expect(draft!.changes).toContainEqual({ field: 'origin.problem', from: null, to: { id: 'prb-1', reference: null } });
  });

  it('names no stored field', async () => {
    const fields = (await articleHistoryOf(events)).flatMap((entry) => entry.changes.map((change) => change.field));
    expect(fields.filter((field) => /^(content\.|articleId$)|problemId$/.test(field))).toEqual([]);
    expect(fields).toContain('id');
  });
});
