import type { CommandContext } from '@deskstream/kernel';
import { currentTraceparent, type Principal } from '@deskstream/platform';

export interface RequestContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly traceparent?: string;
}

export interface CommandMeter {
  measure<T>(service: string, command: string, handle: () => Promise<T>): Promise<T>;
}

export const SERVICE = 'problems';

/** Who acts for which tenant (only from the verified principal), in the trace of the command being handled. */
export function commandContextOf(request: RequestContext): CommandContext {
  const traceparent = request.traceparent ?? currentTraceparent();
  return {
    tenantId: request.principal.tenantId,
    actor: request.principal.userId,
    correlationId: request.correlationId,
    ...(traceparent ? { traceparent } : {}),
  };
}
