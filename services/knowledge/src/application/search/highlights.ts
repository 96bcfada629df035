import type { Highlight, SearchableArticle } from './article-search.port';
import { WORD, type TermProcessor } from './stemming';

const WINDOW = 160;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where a matched word sits in a field's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The matched words of one field in context, whichever engine found them: the whole title; of other
 * fields a window of about 160 characters around the first match. Every match is wrapped in <mark>,
 * the rest HTML-escaped.
 */
export function snippetOf(field: Highlight['field'], text: string, hits: readonly Span[]): Highlight | null {
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

/** The field's words whose stem the engine matched, in context (see snippetOf). */
export function highlight(article: SearchableArticle, field: Highlight['field'], stems: ReadonlySet<string>, stem: TermProcessor): Highlight | null {
  const text = field === 'keywords' ? article.keywords.join(', ') : article[field];
  const hits: Span[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = stem(match[0]);
    if (term !== null && stems.has(term)) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return snippetOf(field, text, hits);
}
