import { AlreadyExists, fold, Forbidden, IllegalTransition, NotFound, ValidationFailed } from '@deskstream/kernel';
import { agent, at, content, drafted, manager, requester, spec, submitted, validated } from './article.fixtures';
import { formatVersion, isArticle } from './article.state';
import { articleDecider } from './article.decider';
import { allowedActions } from './article.rules';
import { DEFAULT_KNOWLEDGE_RULES } from './knowledge-rules';

const origin = { kind: 'authored' as const, sourceIncidents: [], problemId: null };
const draft = { articleId: 'a-1', reference: 'KB0001001', content, owner: null, origin };

describe('article lifecycle (KCS confidence states)', () => {
  describe('drafting', () => {
    it('an agent drafts a work-in-progress article at version 0.1, owning it', () => {
      spec
        .given([])
        .when({ type: 'DraftArticle', data: { ...agent(0), ...draft } })
        .then([drafted]);
    });

    it('a requester may not write articles under the default rules', () => {
      spec
        .given([])
        .when({ type: 'DraftArticle', data: { ...requester(0), ...draft } })
        .thenThrows(Forbidden);
    });

    it('the tenant rule decides who drafts: a tenant may let requesters contribute', () => {
      const rules = { ...DEFAULT_KNOWLEDGE_RULES, draft: ['requester'] };
      spec
        .given([])
        .when({ type: 'DraftArticle', data: { ...requester(0), rules, ...draft } })
        .thenState((s) => expect(s.status).toBe('work-in-progress'));
    });

    it('needs a title and a problem, naming each missing field', () => {
      const empty = { ...content, title: ' ', problem: '' };
      spec
        .given([])
        .when({ type: 'DraftArticle', data: { ...agent(0), ...draft, content: empty } })
        .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(e.errors.map((x) => x.field)).toEqual(['title', 'problem']));
    });

    it('an article id is drafted once', () => {
      spec
        .given([drafted])
        .when({ type: 'DraftArticle', data: { ...agent(1), ...draft } })
        .thenThrows(AlreadyExists);
    });
  });

  describe('versions', () => {
    it('each edit is a new minor version, each publish the next whole number', () => {
      const edit = { type: 'EditArticle' as const, data: { ...agent(1), changes: { cause: 'Stale token' } } };
      spec
        .given([drafted])
        .when(edit)
        .then([
          {
            type: 'ArticleEdited',
            data: { content: { ...content, cause: 'Stale token' }, owner: 'alice', version: '0.2', revalidationNeeded: false, by: 'alice', at: at(1) },
          },
        ]);
      spec
        .given([drafted])
        .when({ type: 'SubmitArticle', data: agent(1) })
        .then([submitted]);
      spec
        .given([drafted, submitted])
        .when({ type: 'ValidateArticle', data: manager(2) })
        .then([validated]);
      spec
        .given([drafted, submitted, validated])
        .when(edit)
        .thenState((s) => expect(isArticle(s) && formatVersion(s.version)).toBe('2.1'));
    });

    it('an agent editing a validated article sends it back to not-validated; the knowledge manager keeps it validated', () => {
      const changes = { resolution: 'Sign out of every Office app first.' };
      spec
        .given([drafted, submitted, validated])
        .when({ type: 'EditArticle', data: { ...agent(3), changes } })
        .thenState((s) => expect(s.status).toBe('not-validated'));
      spec
        .given([drafted, submitted, validated])
        .when({ type: 'EditArticle', data: { ...manager(3), changes } })
        .thenState((s) => expect(s.status).toBe('validated'));
    });

    it('an edit cannot blank the title', () => {
      spec
        .given([drafted])
        .when({ type: 'EditArticle', data: { ...agent(1), changes: { title: '' } } })
        .thenThrows(ValidationFailed);
    });
  });

  describe('publishing', () => {
    it('work in progress without a resolution cannot be submitted', () => {
      const noFix = { ...drafted, data: { ...drafted.data, content: { ...content, resolution: '' } } } as typeof drafted;
      spec
        .given([noFix])
        .when({ type: 'SubmitArticle', data: agent(1) })
        .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(e.errors[0]!.field).toBe('resolution'));
    });

    it('only the knowledge manager validates by default: an agent is forbidden', () => {
      spec
        .given([drafted, submitted])
        .when({ type: 'ValidateArticle', data: agent(2) })
        .thenThrows(Forbidden);
    });

    it('a tenant may let resolvers validate', () => {
      const rules = { ...DEFAULT_KNOWLEDGE_RULES, validate: ['resolver'] };
      spec
        .given([drafted, submitted])
        .when({ type: 'ValidateArticle', data: { ...agent(2), roles: ['resolver'], rules } })
        .thenState((s) => expect(s.status).toBe('validated'));
    });

    it('work in progress cannot be validated directly: 409 with the allowed actions', () => {
      spec
        .given([drafted])
        .when({ type: 'ValidateArticle', data: manager(1) })
        .thenThrows(IllegalTransition, (e: IllegalTransition) => {
          expect(e.currentStatus).toBe('work-in-progress');
          expect(e.allowedActions).toEqual(['edit', 'submit', 'delete', 'link-ticket']);
        });
    });
  });

  describe('retiring', () => {
    it('the knowledge manager archives a validated article; nothing more can be done to it', () => {
      const archive = { type: 'ArchiveArticle' as const, data: { ...manager(3), reason: 'Outlook 2016 retired' } };
      spec
        .given([drafted, submitted, validated])
        .when(archive)
        .then([{ type: 'ArticleArchived', data: { reason: 'Outlook 2016 retired', by: 'kim', at: at(3) } }]);
      const archived = { type: 'ArticleArchived' as const, data: { reason: 'x', by: 'kim', at: at(3) } };
      spec
        .given([drafted, submitted, validated, archived])
        .when({ type: 'EditArticle', data: { ...manager(4), changes: {} } })
        .thenThrows(IllegalTransition);
      expect(allowedActions(fold(articleDecider, [drafted, submitted, validated, archived]))).toEqual([]);
    });

    it('work in progress may be deleted; a published article may not (it is archived instead)', () => {
      spec
        .given([drafted])
        .when({ type: 'DeleteArticle', data: agent(1) })
        .then([{ type: 'ArticleDeleted', data: { by: 'alice', at: at(1) } }]);
      spec
        .given([drafted, submitted])
        .when({ type: 'DeleteArticle', data: agent(2) })
        .thenThrows(IllegalTransition);
    });

    it('a deleted article is gone for every command', () => {
      const deleted = { type: 'ArticleDeleted' as const, data: { by: 'alice', at: at(1) } };
      spec
        .given([drafted, deleted])
        .when({ type: 'EditArticle', data: { ...agent(2), changes: {} } })
        .thenThrows(NotFound);
    });
  });

  describe('visibility', () => {
    it('a requester acting on an article not validated for requesters learns nothing of it (NotFound)', () => {
      spec
        .given([drafted, submitted])
        .when({ type: 'GiveFeedback', data: { ...requester(2), helpful: true, comment: null } })
        .thenThrows(NotFound);
      const internal = { ...drafted, data: { ...drafted.data, content: { ...content, audience: 'internal' as const } } } as typeof drafted;
      spec
        .given([internal, submitted, validated])
        .when({ type: 'GiveFeedback', data: { ...requester(3), helpful: true, comment: null } })
        .thenThrows(NotFound);
    });
  });
});
