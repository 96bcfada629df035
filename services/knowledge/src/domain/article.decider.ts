import { assertNever, type Decider } from '@deskstream/kernel';
import type { ArticleCommand } from './article.commands';
import type { ArticleEvent } from './article.events';
import { evolveArticle } from './article.evolve';
import { initialArticleState, type ArticleState } from './article.state';
import { archiveArticle, deleteArticle, draftArticle, editArticle, submitArticle, validateArticle } from './decide-authoring';
import { flagArticle, giveFeedback, linkTicket, resolveFlag } from './decide-use';
import { recordKnownError } from './decide-known-error';

export function decideArticle(command: ArticleCommand, state: ArticleState): ArticleEvent[] {
  switch (command.type) {
    case 'DraftArticle':
      return draftArticle(command, state);
    case 'EditArticle':
      return editArticle(command, state);
    case 'SubmitArticle':
      return submitArticle(command, state);
    case 'ValidateArticle':
      return validateArticle(command, state);
    case 'ArchiveArticle':
      return archiveArticle(command, state);
    case 'DeleteArticle':
      return deleteArticle(command, state);
    case 'FlagArticle':
      return flagArticle(command, state);
    case 'ResolveFlag':
      return resolveFlag(command, state);
    case 'GiveFeedback':
      return giveFeedback(command, state);
    case 'LinkTicket':
      return linkTicket(command, state);
    case 'RecordKnownError':
      return recordKnownError(command, state);
    default:
      return assertNever(command, 'article command');
  }
}

/** A knowledge article's KCS lifecycle: draft, publish, validate, archive; flags, feedback and reuse on the way. */
export const articleDecider: Decider<ArticleCommand, ArticleEvent, ArticleState> = {
  decide: decideArticle,
  evolve: evolveArticle,
  initialState: initialArticleState,
};
