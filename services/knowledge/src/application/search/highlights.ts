import type { Highlight, SearchableArticle } from './article-search.port';
import { WORD, type TermProcessor } from './stemming';

const WINDOW = 160;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The matched words of one field in context: a window of about 160 characters around the first match,
 * every word whose stem the engine matched wrapped in <mark>, the rest HTML-escaped.
 */
export function highlight(article: SearchableArticle, field: Highlight['field'], stems: ReadonlySet<string>, stem: TermProcessor): Highlight | null {
  const text = field === 'keywords' ? article.keywords.join(', ') : article[field];
  const hits: { start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = stem(match[0]);
    if (term !== null && stems.has(term)) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  if (hits.length === 0) return null;
  const from = field === 'title' || text.length <= WINDOW ? 0 : Math.max(0, hits[0]!.start - WINDOW / 4);
  const to = field === 'title' ? text.length : Math.min(text.length, from + WINDOW);
  let snippet = from > 0 ? '…' : '';
  let cursor = from;
  for (const { start, end } of hits) {
    if (start < cursor || end > to) continue;
    snippet += `${escape(text.slice(cursor, start))}<mark>${escape(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  snippet += escape(text.slice(cursor, to)) + (to < text.length ? '…' : '');
  return { field, snippet };
}
