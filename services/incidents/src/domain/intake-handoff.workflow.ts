import type { Workflow } from '@deskstream/kernel';
import type { AddNote, IncidentCommand, OpenIncident, ResolveAtFirstContact, ResolveFromMonitoring } from './incident.commands';
import type { IncidentState } from './incident.state';
import type { ServiceRequestCommand, SubmitServiceRequest } from './service-request.commands';
import type { ServiceRequestState } from './service-request.state';
import { isOpen } from './incident.state';
import { FIRST_CONTACT_GROUP } from './decide-direct-resolution';
import { allowedActions } from './lifecycle.rules';
import { unknownNames, type DirectoryFacts } from './directory-names.rules';

/** A note the hand-off records; its id is the id of the message that asked for it, so a redelivery adds nothing. */
export type HandoffNote = AddNote['data'];

/**
 * What intake hands over, in the incident's own terms (the application translates intake's integration
 * events into these, looking up the tenant's settings). Every input names the incident it is about.
 */
export type HandoffInput =
  | {
      readonly type: 'TicketRequested';
      readonly data: {
        readonly open: OpenIncident['data'];
        /** The group intake's classification chose, if any. */
        readonly group: string | null;
        /** What the tenant directory knows of that group, when it was looked up. */
        readonly directory?: DirectoryFacts;
        /** Comments that come with the ticket (a chat transcript). */
        readonly notes: readonly HandoffNote[];
        readonly resolveAtFirstContact: ResolveAtFirstContact['data'] | null;
      };
    }
  | { readonly type: 'NoteRequested'; readonly data: HandoffNote }
  | { readonly type: 'CommentReceived'; readonly data: HandoffNote & { readonly author: string } }
  | { readonly type: 'RecoveryReported'; readonly data: { readonly note: HandoffNote; readonly resolve: ResolveFromMonitoring['data'] | null } };

const noted = (state: IncidentState, note: HandoffNote): IncidentCommand[] => (allowedActions(state).includes('note') ? [{ type: 'AddNote', data: note }] : []);

type TicketRequested = Extract<HandoffInput, { type: 'TicketRequested' }>['data'];

/**
 * The group a hand-off routes to, unless the tenant directory does not know it: a routing rule naming
 * a retired or misspelt group must not park the ticket in a queue nobody watches, so it waits unassigned
 * for triage, with a note saying why.
 */
function routing(input: TicketRequested): { group: string | null; notes: IncidentCommand[] } {
  const { group, directory, open } = input;
  if (!group || unknownNames([{ field: 'group', kind: 'group', value: group }], directory).length === 0) return { group, notes: [] };
  const text = `Routed to group ${group}, which is not in the directory: left unassigned for triage.`;
  return {
    group: null,
    notes: [{ type: 'AddNote', data: { noteId: `${open.incidentId}.unknown-group`, visibility: 'internal', text, by: open.by, at: open.at } }],
  };
}

/** A ticket that is new: opened, assigned to the classified group, commented, and perhaps resolved, in one decision. */
function opening(input: TicketRequested): IncidentCommand[] {
  const { open, notes, resolveAtFirstContact } = input;
  const { group, notes: routingNotes } = routing(input);
  const commands: IncidentCommand[] = [{ type: 'OpenIncident', data: open }, ...routingNotes];
  if (group && !resolveAtFirstContact) commands.push({ type: 'AssignIncident', data: { group, by: open.by, at: open.at } });
  commands.push(...notes.map((note): IncidentCommand => ({ type: 'AddNote', data: note })));
  if (resolveAtFirstContact) commands.push(...firstContact(open, resolveAtFirstContact));
  return commands;
}

/**
 * Intake checked the closing category against the desk's settings it knew; should they have changed
 * since, the ticket stays in progress with the agent, saying why, rather than the hand-off failing.
 */
function firstContact(open: OpenIncident['data'], resolution: ResolveAtFirstContact['data']): IncidentCommand[] {
  if (resolution.closingCategories.includes(resolution.closingCategory)) return [{ type: 'ResolveAtFirstContact', data: resolution }];
  const { agent, by, at } = resolution;
  const text = `Not resolved at first contact: closing category ${resolution.closingCategory} is not one of ${resolution.closingCategories.join(', ')}.`;
  return [
    { type: 'AssignIncident', data: { group: resolution.group ?? FIRST_CONTACT_GROUP, assignee: agent, tier: 1, by, at } },
    { type: 'StartWork', data: { by, at } },
    { type: 'AddNote', data: { noteId: `${open.incidentId}.first-contact`, visibility: 'internal', text, by, at } },
  ];
}

/**
 * The incidents side of intake's hand-off as a process manager: given what intake handed over and the
 * incident as it stands, which commands to run. At least once delivery makes every input arrive
 * possibly twice, so each decision is also right on the state its own earlier run left: an opened
 * ticket is not opened again (only its assignment is made sure of), a note already there is not added
 * again, an incident someone closed or cancelled takes no more notes, and a recovery resolves only an
 * incident still open.
 */
export const intakeHandoffWorkflow: Workflow<HandoffInput, IncidentCommand, IncidentState> = {
  decide(input, state) {
    switch (input.type) {
      case 'TicketRequested': {
        if (state.status === 'none') return opening(input.data);
        const { group } = routing(input.data);
        const unassigned = state.status === 'new' && state.group === null;
        return group && unassigned ? [{ type: 'AssignIncident', data: { group, by: input.data.open.by, at: input.data.open.at } }] : [];
      }
      case 'NoteRequested':
        return noted(state, input.data);
      case 'CommentReceived': {
        // Only the ticket's own caller comments by mail; intake checked, but the ticket may have changed since.
        if (state.status === 'none' || state.caller !== input.data.author) return [];
        const { author: _author, ...note } = input.data;
        return noted(state, note);
      }
      case 'RecoveryReported': {
        const { note, resolve } = input.data;
        const resolving: IncidentCommand[] = resolve && isOpen(state.status) ? [{ type: 'ResolveFromMonitoring', data: resolve }] : [];
        return [...noted(state, note), ...resolving];
      }
    }
  },
};

/** A service request intake accepted: submitted once, whatever number of times the message arrives. */
export const requestHandoffWorkflow: Workflow<SubmitServiceRequest, ServiceRequestCommand, ServiceRequestState> = {
  decide: (submit, state) => (state.status === 'none' ? [submit] : []),
};
