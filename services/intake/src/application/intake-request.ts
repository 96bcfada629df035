import type { CommandContext } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';

/** Who asked, in which conversation: what every intake channel hands the use cases. */
export interface IntakeRequest {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly traceparent?: string;
}

export function commandContextOf(request: IntakeRequest): CommandContext {
  return {
    tenantId: request.principal.tenantId,
    actor: request.principal.userId,
    correlationId: request.correlationId,
    ...(request.traceparent ? { traceparent: request.traceparent } : {}),
  };
}
