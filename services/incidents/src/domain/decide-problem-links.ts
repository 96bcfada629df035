import type { AddProblemComment, LinkProblem, UnlinkProblem } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import { isOpen, type IncidentState } from './incident.state';
import { ensureValid, textErrors } from './text.rules';

/**
 * The problems service decides which incidents a problem links; the incident only records it. Each of
 * these is told at least once, so each decides nothing new on the state its own earlier run left, and an
 * incident this tenant does not have is left alone (nothing to record it on).
 */

/** The problem becomes the incident's related problem; a later link to another problem replaces it. */
export function linkProblem(command: LinkProblem, state: IncidentState): IncidentEvent[] {
  if (state.status === 'none') return [];
  const { problemId, problemReference, by, at } = command.data;
  if (state.relatedProblem?.id === problemId) return [];
  return [{ type: 'IncidentProblemLinked', data: { problem: { id: problemId, reference: problemReference }, by, at } }];
}

/**
 * Only the problem the incident is related to can be unlinked: a duplicate problem letting go of its
 * incidents after its master took them over (messages of two problems come in either order) changes nothing.
 */
export function unlinkProblem(command: UnlinkProblem, state: IncidentState): IncidentEvent[] {
  if (state.status === 'none') return [];
  const { problemId, by, at } = command.data;
  if (state.relatedProblem?.id !== problemId) return [];
  return [{ type: 'IncidentProblemUnlinked', data: { problemId, by, at } }];
}

/** A problem's communication becomes a public comment on the incident while it is open, once. */
export function addProblemComment(command: AddProblemComment, state: IncidentState): IncidentEvent[] {
  if (state.status === 'none' || !isOpen(state.status)) return [];
  const { noteId, comment, by, at } = command.data;
  if (state.noteIds.includes(noteId)) return [];
  ensureValid(textErrors('comment', comment));
  return [
    {
      type: 'IncidentNoteAdded',
      // Not `relatedProblem`: on a note that names a use of the problem's workaround, which this is not.
      data: { noteId, visibility: 'public', text: comment, minutes: 0, failedAttempt: false, knowledgeArticle: null, relatedProblem: null, by, at },
    },
  ];
}
