import type { CommandContext } from '@deskstream/kernel';

/** Who acts for which tenant (from the verified principal), in which conversation. */
export interface SlaRequestContext {
  readonly tenantId: string;
  readonly userId: string;
  readonly correlationId: string;
}

export const commandContextOf = (context: SlaRequestContext): CommandContext => ({
  tenantId: context.tenantId,
  actor: context.userId,
  correlationId: context.correlationId,
});
