import type { CommandContext } from '@deskstream/kernel';
import type { CloudEvent } from '@deskstream/messaging';
import { currentTraceparent } from './command-span';

/**
 * The context with the active span's traceparent: the events its command appends then name the span
 * that caused them, so the gateway's publish, the consumers downstream and the projections continue
 * that one trace rather than starting their own.
 */
export function traced(context: CommandContext): CommandContext {
  const traceparent = currentTraceparent();
  return traceparent ? { ...context, traceparent } : context;
}

/**
 * The context of a command a consumer issues for an integration message: the message's tenant and
 * correlation, the message itself as causation (so a redelivery finds its effect), and the trace of
 * the consumer span handling it.
 */
export function messageCommandContext(event: Pick<CloudEvent, 'id' | 'tenantid' | 'correlationid'>, actor: string): CommandContext {
  return traced({ tenantId: event.tenantid, actor, correlationId: event.correlationid, causationId: event.id });
}
