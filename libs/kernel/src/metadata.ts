/** Metadata carried by every stored event, integration message and read-model write. */
export interface EventMetadata {
  readonly tenantId: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly traceparent?: string;
  readonly occurredAt: string;
  readonly schemaVersion: number;
}

/** What a caller knows when it issues a command: who, for which tenant, in which conversation. */
export interface CommandContext {
  readonly tenantId: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly traceparent?: string;
}

/** The envelope of an event appended on behalf of `context`: a command's causation defaults to its correlation. */
export function eventMetadata(context: CommandContext, occurredAt: string, schemaVersion = 1): EventMetadata {
  return {
    tenantId: context.tenantId,
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.causationId ?? context.correlationId,
    ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    occurredAt,
    schemaVersion,
  };
}
