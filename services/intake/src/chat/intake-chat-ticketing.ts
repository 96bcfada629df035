import type { CommandContext, IdGenerator } from '@deskstream/kernel';
import type { DeskSettings } from '../application/desk-settings';
import type { TicketReferences } from '../application/ticket-references';
import type { ChatTicketing } from './chat-ticketing';
import type { TicketRef } from './domain/chat-session.events';

/** ChatTicketing on intake's reference sequence and its copy of the desk's settings. */
export class IntakeChatTicketing implements ChatTicketing {
  constructor(
    private readonly references: TicketReferences,
    private readonly settings: DeskSettings,
    private readonly ids: IdGenerator,
  ) {}

  async reserve(context: CommandContext, occurredAt: string): Promise<TicketRef> {
    const ticketId = this.ids.next();
    return { ticketId, reference: await this.references.allocate('incident', context, ticketId, occurredAt) };
  }

  closingCategories(tenantId: string): Promise<readonly string[]> {
    return this.settings.closingCategories(tenantId);
  }
}
