import { assertNever, type Decider } from '@deskstream/kernel';
import { decideAcknowledgement, decideReminder } from './decide-escalation';
import { decideCheck, decideObservation, decideRecompute } from './decide-observation';
import type { SlaTicketCommand, SlaTicketEvent } from './sla-ticket.events';
import { evolveSlaTicket, initialSlaTicketState, type SlaTicketState } from './sla-ticket.state';

function decide(command: SlaTicketCommand, state: SlaTicketState): SlaTicketEvent[] {
  switch (command.type) {
    case 'ObserveTicket':
      return decideObservation(command, state);
    case 'CheckClocks':
      return decideCheck(command, state);
    case 'RemindEscalation':
      return decideReminder(command, state);
    case 'AcknowledgeEscalation':
      return decideAcknowledgement(command, state);
    case 'RecomputeClocks':
      return decideRecompute(command, state);
    default:
      return assertNever(command, 'SLA ticket command');
  }
}

/** The service levels of one ticket: its observed history, its clocks, their milestones and escalations. */
export const slaTicketDecider: Decider<SlaTicketCommand, SlaTicketEvent, SlaTicketState> = {
  decide,
  evolve: evolveSlaTicket,
  initialState: initialSlaTicketState,
};
