import type { ArticleEvent } from './article.events';
import { isArticle, parseVersion, type Article, type ArticleState, type Version } from './article.state';

const version = (text: string): Version => parseVersion(text) ?? { major: 0, minor: 0 };

export function evolveArticle(state: ArticleState, event: ArticleEvent): ArticleState {
  if (event.type === 'ArticleDrafted') {
    const { data } = event;
    return {
      status: 'work-in-progress',
      articleId: data.articleId,
      reference: data.reference,
      content: data.content,
      author: data.by,
      owner: data.owner,
      origin: data.origin,
      version: version(data.version),
      createdAt: data.at,
      updatedAt: data.at,
      validatedAt: null,
      flags: [],
      helpful: 0,
      notHelpful: 0,
      linkedTickets: [],
    };
  }
  if (!isArticle(state)) return state;
  const touched: Article = { ...state, updatedAt: event.data.at };
  switch (event.type) {
    case 'ArticleEdited': {
      const status = event.data.revalidationNeeded ? 'not-validated' : state.status;
      return { ...touched, status, content: event.data.content, owner: event.data.owner, version: version(event.data.version) };
    }
    case 'ArticleSubmitted':
      return { ...touched, status: 'not-validated', version: version(event.data.version) };
    case 'ArticleValidated':
      return { ...touched, status: 'validated', version: version(event.data.version), validatedAt: event.data.at };
    case 'ArticleArchived':
      return { ...touched, status: 'archived' };
    case 'ArticleDeleted':
      return { status: 'deleted', articleId: state.articleId, reference: state.reference };
    case 'ArticleFlagged': {
      const { flagId, reason, comment, by, at } = event.data;
      return { ...touched, flags: [...state.flags, { flagId, reason, comment, by, at }] };
    }
    case 'ArticleFlagResolved':
      return { ...touched, flags: state.flags.filter((flag) => flag.flagId !== event.data.flagId) };
    case 'ArticleFeedbackGiven':
      // Feedback is not an edit: it leaves updatedAt alone.
      return event.data.helpful ? { ...state, helpful: state.helpful + 1 } : { ...state, notHelpful: state.notHelpful + 1 };
    case 'ArticleLinkedToTicket':
      return { ...state, linkedTickets: [...state.linkedTickets, { id: event.data.ticketId, reference: event.data.ticketReference }] };
  }
}
