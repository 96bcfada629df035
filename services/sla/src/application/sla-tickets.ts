import {
  ConcurrencyConflict,
  eventMetadata,
  fold,
  NotFound,
  streamName,
  ValidationFailed,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import { recordedAs, type RecordedOf } from '@deskstream/readmodels';
import type { SlaDefinition } from '../domain/sla-definition.model';
import { slaTicketDecider } from '../domain/sla-ticket.decider';
import type { SlaTicketCommand, SlaTicketEvent, WorkingTimes } from '../domain/sla-ticket.events';
import type { SlaTicketState } from '../domain/sla-ticket.state';
import type { SlaCalendars } from './sla-calendars';
import type { SlaDefinitions } from './sla-definitions';
import type { ObservedChange } from './ticket-changes';

export const TICKET_CATEGORY = 'slaticket';
const MAX_RETRIES = 5;

export const ticketStream = (tenantId: string, ticketId: string): string => streamName(TICKET_CATEGORY, tenantId, ticketId);

/** A clock id is `<ticket id>:<definition id>`. */
export function ticketOfClock(clockId: string): string {
  const colon = clockId.lastIndexOf(':');
  if (colon <= 0) throw new ValidationFailed([{ field: 'id', message: 'not a clock id (<ticket id>:<definition id>)' }]);
  return clockId.slice(0, colon);
}

/**
 * Runs the SLA ticket decider on a ticket's stream with the facts it needs looked up: the definitions
 * in force and the working time of every calendar involved. A command caused by a message or a timer
 * that the stream already holds an effect of is not run again, so a redelivery has no second effect.
 */
export class SlaTickets {
  constructor(
    private readonly store: EventStore,
    private readonly definitions: SlaDefinitions,
    private readonly calendars: SlaCalendars,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async observe(observed: ObservedChange, context: CommandContext): Promise<void> {
    await this.run(context, observed.ticketId, async (state) => {
      const definitions = await this.definitions.inForce(context.tenantId);
      return { type: 'ObserveTicket', data: { ...observed, definitions, workingTimes: await this.workingTimes(context.tenantId, state, definitions) } };
    });
  }

  async check(context: CommandContext, ticketId: string, at: Date): Promise<void> {
    await this.run(context, ticketId, async (state) => ({
      type: 'CheckClocks',
      data: { at: at.toISOString(), workingTimes: await this.workingTimes(context.tenantId, state, []) },
    }));
  }

  async remind(context: CommandContext, clockId: string, notificationId: string, at: Date): Promise<void> {
    await this.run(context, ticketOfClock(clockId), async (state) => ({
      type: 'RemindEscalation',
      data: { clockId, notificationId, at: at.toISOString(), workingTimes: await this.workingTimes(context.tenantId, state, []) },
    }));
  }

  async acknowledge(context: CommandContext, clockId: string): Promise<void> {
    await this.run(context, ticketOfClock(clockId), async () => ({
      type: 'AcknowledgeEscalation',
      data: { clockId, by: context.actor, at: this.clock.now().toISOString() },
    }));
  }

  /** Repair: recompute a ticket's clocks under the definitions and calendars in force now. Returns how many changed. */
  async recompute(context: CommandContext, ticketId: string, reason: string, includeClosed: boolean): Promise<number> {
    return this.run(context, ticketId, async (state) => {
      const definitions = await this.definitions.inForce(context.tenantId);
      return {
        type: 'RecomputeClocks',
        data: {
          definitions,
          workingTimes: await this.workingTimes(context.tenantId, state, definitions),
          reason,
          includeClosed,
          at: this.clock.now().toISOString(),
        },
      };
    });
  }

  async load(tenantId: string, ticketId: string): Promise<{ state: SlaTicketState; events: readonly RecordedOf<SlaTicketEvent>[] }> {
    const events = await this.events(ticketStream(tenantId, ticketId));
    return { state: fold(slaTicketDecider, events), events };
  }

  /** A ticket's stream holds only SLA ticket events (its category is this service's own). */
  private async events(stream: string): Promise<readonly RecordedOf<SlaTicketEvent>[]> {
    return recordedAs<SlaTicketEvent>(await this.store.readStream(stream));
  }

  /** Working time of the calendars the definitions and the ticket's clocks name; a calendar that is gone leaves its clocks as they were. */
  async workingTimes(tenantId: string, state: SlaTicketState, definitions: readonly SlaDefinition[]): Promise<WorkingTimes> {
    const names = new Set(definitions.map((d) => d.calendar));
    if (state.status === 'tracked') for (const clock of Object.values(state.clocks)) names.add(clock.definition.calendar);
    const entries = await Promise.all(
      [...names].map(async (name) => {
        try {
          return [[name, (await this.calendars.timeline(tenantId, name)).timeline] as const];
        } catch (error) {
          if (error instanceof NotFound) return [];
          throw error;
        }
      }),
    );
    return Object.fromEntries(entries.flat());
  }

  private async run(context: CommandContext, ticketId: string, commandFor: (state: SlaTicketState) => Promise<SlaTicketCommand>): Promise<number> {
    const stream = ticketStream(context.tenantId, ticketId);
    for (let attempt = 0; ; attempt += 1) {
      const events = await this.events(stream);
      if (context.causationId && events.some((event) => event.metadata.causationId === context.causationId)) return 0;
      const state = fold(slaTicketDecider, events);
      const decided = slaTicketDecider.decide(await commandFor(state), state);
      if (decided.length === 0) return 0;
      const metadata = eventMetadata(context, this.clock.now().toISOString());
      try {
        await this.store.appendToStream(
          stream,
          decided.map(({ type, data }) => ({ eventId: this.ids.next(), type, data, metadata })),
          { expectedRevision: events.length === 0 ? 'no_stream' : events.length - 1 },
        );
        return decided.length;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_RETRIES) throw error;
      }
    }
  }
}
