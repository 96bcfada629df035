/** What an author writes: the article's text fields, keywords as one comma-separated line. */
export interface ArticleDraft {
  readonly title: string;
  readonly problem: string;
  readonly environment: string;
  readonly cause: string;
  readonly resolution: string;
  readonly keywords: string;
  readonly audience: string;
}

export const TEXT_FIELDS = ['title', 'problem', 'environment', 'cause', 'resolution'] as const;

export const EMPTY_DRAFT: ArticleDraft = { title: '', problem: '', environment: '', cause: '', resolution: '', keywords: '', audience: 'internal' };

export interface ArticleFields {
  readonly title: string;
  readonly problem: string;
  readonly environment: string;
  readonly cause: string;
  readonly resolution: string;
  readonly keywords: readonly string[];
  readonly audience: string;
}

export function draftOf(article: ArticleFields): ArticleDraft {
  return { ...article, keywords: article.keywords.join(', ') };
}

const keywordsOf = (line: string): string[] =>
  line
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);

/** The body of `POST /knowledge/articles`: every field written, none sent empty. */
export function createBody(draft: ArticleDraft): Record<string, unknown> {
  const body: Record<string, unknown> = { audience: draft.audience };
  for (const field of TEXT_FIELDS) if (draft[field].trim()) body[field] = draft[field].trim();
  const keywords = keywordsOf(draft.keywords);
  if (keywords.length > 0) body.keywords = keywords;
  return body;
}

/** The body of `POST /knowledge/articles/{id}/edit`: only what changed, so an edit says what it touched. */
export function editBody(article: ArticleFields, draft: ArticleDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (draft[field].trim() !== article[field]) body[field] = draft[field].trim();
  const keywords = keywordsOf(draft.keywords);
  if (keywords.join('\n') !== article.keywords.join('\n')) body.keywords = keywords;
  if (draft.audience !== article.audience) body.audience = draft.audience;
  return body;
}
