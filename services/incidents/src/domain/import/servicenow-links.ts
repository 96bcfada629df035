import type { IncidentCommand } from '../incident.commands';
import type { IncidentWalk } from './incident-walk';
import type { ServiceNowUpdate } from './servicenow-row';

interface Link {
  readonly kind: 'knowledge' | 'problem' | 'change' | 'caused-by';
  readonly value: string;
  readonly text: string;
  readonly knowledgeArticle?: string;
  readonly relatedProblem?: string;
}

/** The links a row names: the problem and a knowledge article as the platform's own note fields, the changes in the note's text. */
function linksOf(u: ServiceNowUpdate): Link[] {
  const { knowledge, problem, change, causedBy } = u.links;
  const links: Link[] = [];
  if (typeof knowledge === 'string')
    links.push({ kind: 'knowledge', value: knowledge, text: `Knowledge article ${knowledge} used in the source desk`, knowledgeArticle: knowledge });
  if (knowledge === true) links.push({ kind: 'knowledge', value: 'used', text: 'A knowledge article was used in the source desk' });
  if (problem !== null) links.push({ kind: 'problem', value: problem, text: `Related to problem ${problem} in the source desk`, relatedProblem: problem });
  if (change !== null) links.push({ kind: 'change', value: change, text: `Change request ${change} in the source desk (rfc)` });
  if (causedBy !== null) links.push({ kind: 'caused-by', value: causedBy, text: `Caused by ${causedBy} in the source desk (caused_by)` });
  return links;
}

/** One note per link and value: the same link on every later row is the note already recorded. */
const noteIdOf = (incidentId: string, link: Link): string => `${incidentId}.source-${link.kind}.${link.value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * ServiceNow's `knowledge`, `problem_id`, `rfc` and `caused_by` become internal notes on the ticket
 * when they first appear (or change), at the row's time: the problem's and the article's in the
 * note's own fields, so that problem trends and article use count imported history too.
 */
export function recordSourceLinks(walk: IncidentWalk, u: ServiceNowUpdate, incidentId: string): void {
  for (const link of linksOf(u)) {
    const noteId = noteIdOf(incidentId, link);
    if (walk.incident!.noteIds.includes(noteId)) continue;
    const command: IncidentCommand = {
      type: 'AddNote',
      data: {
        noteId,
        visibility: 'internal',
        text: link.text,
        knowledgeArticle: link.knowledgeArticle ?? null,
        relatedProblem: link.relatedProblem ?? null,
        by: u.by,
        at: u.at,
      },
    };
    walk.run(command);
  }
}
