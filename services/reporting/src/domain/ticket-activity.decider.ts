import type { Decider } from '@deskstream/kernel';
import type { ObserveTicketActivity, TicketActivityObserved } from './ticket-activity.events';

/** Which integration messages a ticket's stream already records: a redelivery records nothing twice. */
export interface TicketActivityState {
  readonly messageIds: ReadonlySet<string>;
}

export const ticketActivityDecider: Decider<ObserveTicketActivity, TicketActivityObserved, TicketActivityState> = {
  initialState: () => ({ messageIds: new Set() }),
  decide(command, state) {
    if (state.messageIds.has(command.data.messageId)) return [];
    return [{ type: 'TicketActivityObserved', data: command.data }];
  },
  evolve(state, event) {
    return { messageIds: new Set([...state.messageIds, event.data.messageId]) };
  },
};
