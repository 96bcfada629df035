import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type StoredDocument } from '@deskstream/readmodels';
import { savedQueryDecider, type SavedQuery, type SavedQueryEvent, type SavedQueryState } from '../domain/saved-query.decider';
import { SAVED_QUERY_CATEGORY } from './reporting-streams';

type Saved = Extract<SavedQueryState, { status: 'saved' }>;

/** One line per saved query of a tenant, as the decider's state holds it; a deleted query leaves the list. */
export type SavedQueryDocument = StoredDocument & SavedQuery & Pick<Saved, 'runs' | 'lastRunFor'>;

export const SAVED_QUERIES_COLLECTION = 'reporting-saved-queries';

const stateOf = (doc: SavedQueryDocument | null): SavedQueryState =>
  doc
    ? { status: 'saved', savedQuery: { id: doc.id, name: doc.name, query: doc.query, schedule: doc.schedule }, runs: doc.runs, lastRunFor: doc.lastRunFor }
    : { status: 'none' };

/** The tenant's saved queries for the list, folded by the decider's own evolve. */
export const savedQueriesProjection = projectionOf<SavedQueryEvent, SavedQueryDocument>({
  name: 'reporting.saved-queries.v1',
  collection: SAVED_QUERIES_COLLECTION,
  categories: [SAVED_QUERY_CATEGORY],
  handles: ['SavedQuerySaved', 'SavedQueryRan', 'SavedQueryDeleted'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: (doc, event) => {
    const state = savedQueryDecider.evolve(stateOf(doc), event);
    if (state.status !== 'saved') return null;
    const { runs, lastRunFor, savedQuery } = state;
    return { ...savedQuery, runs, lastRunFor, tenantId: event.metadata.tenantId, position: event.position };
  },
});
