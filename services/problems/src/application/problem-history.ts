import { recordHistory, type HistoryEntry, type PublicFields, type RecordedOf, type ReferenceLookup } from '@deskstream/readmodels';
import type { ProblemEvent } from '../domain/problem.events';
import { applyToProblem } from './problem-detail.projection';

/** The stored fields the problem's detail shows otherwise: the records it links to, as links. */
export const PROBLEM_PUBLIC_FIELDS: PublicFields = {
  candidateId: { name: 'candidate', link: true },
  linkedIncidentIds: { name: 'linkedIncidents', link: true },
  'workaround.usedBy': { name: 'workaround.usedBy', link: true },
  'resolution.masterProblemId': { name: 'resolution.masterProblem', link: true },
};

/** Every event with who, when and which fields of the problem it changed, oldest first. */
export function historyOf(events: readonly RecordedOf<ProblemEvent>[], referencesOf?: ReferenceLookup): Promise<HistoryEntry[]> {
  return recordHistory(events, { apply: applyToProblem, record: (doc) => doc?.problem, fields: PROBLEM_PUBLIC_FIELDS }, referencesOf);
}
