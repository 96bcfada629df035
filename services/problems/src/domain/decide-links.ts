import { ValidationFailed } from '@deskstream/kernel';
import type { Communicate, LinkIncident, TakeOverLinks, UnlinkIncident } from './problem.commands';
import type { ProblemEvent } from './problem.events';
import type { ProblemState } from './problem.state';
import { ensureAllowed, existing } from './problem-lifecycle.rules';
import { ensureValid, textErrors } from './text.rules';

/** Linking is idempotent: an incident already linked stays linked once. */
export function linkIncident(command: LinkIncident, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'link-incident');
  const { incidentId, by, at } = command.data;
  if (problem.linkedIncidentIds.includes(incidentId)) return [];
  return [{ type: 'IncidentLinked', data: { incidentId, problemReference: problem.reference, by, at } }];
}

export function unlinkIncident(command: UnlinkIncident, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'unlink-incident');
  const { incidentId, by, at } = command.data;
  if (!problem.linkedIncidentIds.includes(incidentId)) {
    throw new ValidationFailed([{ field: 'incident', message: `incident ${incidentId} is not linked to ${problem.reference}` }]);
  }
  return [{ type: 'IncidentUnlinked', data: { incidentId, problemReference: problem.reference, by, at } }];
}

/** The master of a duplicate takes over its links, whatever its own status, as long as it is not closed. */
export function takeOverLinks(command: TakeOverLinks, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'link-incident');
  const { by, at } = command.data;
  return [...new Set(command.data.incidentIds)]
    .filter((incidentId) => !problem.linkedIncidentIds.includes(incidentId))
    .map((incidentId) => ({ type: 'IncidentLinked', data: { incidentId, problemReference: problem.reference, by, at } }));
}

/**
 * Once a workaround or a fix is on record, the problem tells every open linked incident in a public
 * comment. Which incidents are open is a looked-up fact; only linked ones are addressed.
 */
export function communicate(command: Communicate, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'communicate');
  const { comment, openIncidentIds, by, at } = command.data;
  ensureValid(textErrors('comment', comment));
  const open = new Set(openIncidentIds);
  const incidentIds = existing(problem).linkedIncidentIds.filter((id) => open.has(id));
  return [{ type: 'ProblemCommunicated', data: { problemReference: problem.reference, comment, incidentIds, by, at } }];
}
