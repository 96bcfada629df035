import type { ArticleCommand } from './article.commands';
import type { ArticleContent, ArticleEvent } from './article.events';
import { draftArticle, editArticle } from './decide-authoring';
import type { ArticleState } from './article.state';

type Command<T extends ArticleCommand['type']> = Extract<ArticleCommand, { type: T }>;

/** The article's sections as the problem's known error fills them. */
export function knownErrorContent(data: Command<'RecordKnownError'>['data']): ArticleContent {
  return {
    title: data.shortDescription,
    problem: `${data.shortDescription} (${data.problemReference})`,
    environment: '',
    cause: data.cause,
    resolution: data.workaround,
    keywords: [],
    service: null,
    category: null,
    audience: 'internal',
  };
}

/**
 * The duplicate check: one article per problem (the stream is the problem's duplicate key). The first
 * request drafts it with its known-error origin; a later one with another cause or workaround edits
 * those two sections (a new minor version); the same request again, or one for an article that was
 * deleted or archived, records nothing.
 */
export function recordKnownError(command: Command<'RecordKnownError'>, state: ArticleState): ArticleEvent[] {
  const { data } = command;
  const content = knownErrorContent(data);
  if (state.status === 'none') {
    const origin = { kind: 'known-error' as const, sourceIncidents: [], problemId: data.problemId };
    return draftArticle({ type: 'DraftArticle', data: { ...data, content, owner: null, origin } }, state);
  }
  if (state.status === 'deleted' || state.status === 'archived') return [];
  if (state.content.cause === content.cause && state.content.resolution === content.resolution) return [];
  return editArticle(
    {
      type: 'EditArticle',
      data: { by: data.by, roles: data.roles, rules: data.rules, at: data.at, changes: { cause: content.cause, resolution: content.resolution } },
    },
    state,
  );
}
