import { createBody, draftOf, editBody, EMPTY_DRAFT, type ArticleFields } from './article-draft';

const article: ArticleFields = {
  title: 'Printer shows offline',
  problem: 'Jobs wait in the queue',
  environment: '',
  cause: '',
  resolution: 'Restart the spooler',
  keywords: ['printer', 'spooler'],
  audience: 'internal',
};

describe('an article as its author writes it', () => {
  it('is created with every field written and none sent empty, keywords as a list', () => {
    expect(createBody({ ...EMPTY_DRAFT, title: ' VPN drops ', problem: 'Drops every hour', keywords: 'vpn, , network ' })).toEqual({
      audience: 'internal',
      title: 'VPN drops',
      problem: 'Drops every hour',
      keywords: ['vpn', 'network'],
    });
  });

  it('is edited with only what changed', () => {
    const draft = { ...draftOf(article), cause: 'A hung spooler', audience: 'requesters' };
    expect(editBody(article, draft)).toEqual({ cause: 'A hung spooler', audience: 'requesters' });
  });

  it('sends nothing for an edit that changes nothing, keywords included', () => {
    expect(editBody(article, draftOf(article))).toEqual({});
    expect(editBody(article, { ...draftOf(article), keywords: 'printer,spooler' })).toEqual({});
    expect(editBody(article, { ...draftOf(article), keywords: 'spooler, printer' })).toEqual({ keywords: ['spooler', 'printer'] });
  });
});
