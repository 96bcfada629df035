import type { Note, RecordLink } from '../api/types';

export interface LinkedRecords {
  /** Problems the desk named as related on its notes, first named first. */
  readonly problems: readonly string[];
  /** Knowledge articles the desk recorded as used, first used first. */
  readonly articles: readonly string[];
}

/**
 * What the incident links to: the problem the problems service linked it to first, then what its notes
 * name; each problem and article once, in the order they were first named.
 */
export function linkedRecordsOf(notes: readonly Note[], relatedProblem: RecordLink | null = null): LinkedRecords {
  const unique = (values: readonly (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];
  return {
    problems: unique([relatedProblem?.reference, ...notes.map((note) => note.relatedProblem)]),
    articles: unique(notes.map((note) => note.knowledgeArticle)),
  };
}
