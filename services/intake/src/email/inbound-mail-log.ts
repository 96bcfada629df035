import { createHash } from 'node:crypto';
import { ConcurrencyConflict, eventMetadata, streamName, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { Routing } from '../domain/routing.rules';
import type { EmailTicket } from './email-ticketing.port';

export const INBOUND_MAIL_CATEGORY = 'inboundmail';
/** A claim older than this was left by a process that died mid-mail: the next delivery takes it over. */
const CLAIM_LEASE_MS = 60_000;

export type MailClaim =
  | { readonly status: 'claimed'; readonly revision: number }
  | { readonly status: 'done'; readonly ticket: EmailTicket; readonly outcome: string }
  | { readonly status: 'in-progress' };

interface Claimed {
  readonly messageId: string;
  readonly mailbox: string;
}

/** What the mail asks of its ticket: the integration mapper publishes it for the incidents service. */
export type MailRequest =
  | {
      readonly kind: 'opened';
      readonly mailbox: string;
      readonly caller: string;
      readonly shortDescription: string;
      readonly description: string;
      /** Absent on mail handled before mail was routed. */
      readonly routing?: Routing;
    }
  | { readonly kind: 'commented'; readonly author: string; readonly text: string };

export interface InboundMailHandled {
  readonly messageId: string;
  readonly outcome: string;
  readonly ticketId: string;
  readonly reference: string;
  /** Absent in mail handled before tickets were opened through the bus; such mail asks nothing more. */
  readonly request?: MailRequest;
  readonly at?: string;
}

/**
 * Idempotency on Message-ID per tenant and desk, in the event store: one stream per (tenant, Message-ID). A mail
 * is claimed by appending to a stream that must not exist yet, so two deliveries of the same mail
 * cannot both open a ticket; once handled, the ticket is recorded and every later delivery is answered
 * with it. A claim without an outcome (a crash mid-mail) expires, so the sender's retry still gets through.
 */
export class InboundMailLog {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async claim(tenantId: string, messageId: string, mailbox: string): Promise<MailClaim> {
    const stream = this.stream(tenantId, mailbox, messageId);
    const events = await this.store.readStream(stream);
    const handled = events.find((event) => event.type === 'InboundMailHandled');
    if (handled) {
      const data = handled.data as InboundMailHandled;
      return { status: 'done', ticket: { ticketId: data.ticketId, reference: data.reference }, outcome: data.outcome };
    }
    const last = events.at(-1);
    if (last && this.clock.now().getTime() - Date.parse(last.metadata.occurredAt) < CLAIM_LEASE_MS) return { status: 'in-progress' };
    try {
      const result = await this.store.appendToStream(
        stream,
        [this.event(tenantId, messageId, 'InboundMailClaimed', { messageId, mailbox } satisfies Claimed)],
        {
          expectedRevision: last ? last.revision : 'no_stream',
        },
      );
      return { status: 'claimed', revision: result.nextExpectedRevision };
    } catch (error) {
      if (error instanceof ConcurrencyConflict) return { status: 'in-progress' };
      throw error;
    }
  }

  async handled(tenantId: string, mailbox: string, messageId: string, revision: number, ticket: EmailTicket, request: MailRequest): Promise<void> {
    const at = this.clock.now().toISOString();
    const data: InboundMailHandled = { messageId, outcome: request.kind, ticketId: ticket.ticketId, reference: ticket.reference, request, at };
    await this.store.appendToStream(this.stream(tenantId, mailbox, messageId), [this.event(tenantId, messageId, 'InboundMailHandled', data)], {
      expectedRevision: revision,
    });
  }

  private event(tenantId: string, messageId: string, type: string, data: unknown) {
    return {
      eventId: this.ids.next(),
      type,
      data,
      // The mail is its own conversation: correlation and causation are its Message-ID.
      metadata: eventMetadata({ tenantId, actor: 'system-email-intake', correlationId: messageId }, this.clock.now().toISOString()),
    };
  }

  /**
   * One stream per desk and Message-ID (named by their digest: Message-IDs are arbitrary text): a mail
   * sent to two desks of a tenant is one contact for each desk, and opens a ticket at each.
   */
  private stream(tenantId: string, mailbox: string, messageId: string): string {
    return streamName(INBOUND_MAIL_CATEGORY, tenantId, createHash('sha256').update(`${mailbox.toLowerCase()}\n${messageId}`).digest('hex'));
  }
}
