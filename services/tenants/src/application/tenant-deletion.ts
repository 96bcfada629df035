import { commandHandler, NotFound, ValidationFailed, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { rm } from 'node:fs/promises';
import { PLATFORM_TENANT, type PersonalKeys, type Principal, type TenantFileSource, type TenantPurge } from '@deskstream/platform';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import { tenantDecider } from '../domain/tenant.decider';
import type { TenantCommand } from '../domain/tenant.events';
import { deletionDueAt } from '../domain/tenant.rules';
import { allowedActions } from '../domain/tenant.state';
import { recordOf, type TenantRecord } from './tenant-record';
import { knownTenantStream } from './tenant-streams';

export const DELETION_TIMER = 'tenants.deletion';
const ACTOR = 'system:tenants';
const DEFAULT_GRACE_DAYS = 30;

/** TENANTS_DELETION_GRACE_DAYS: whole days between a deletion's request and the deletion (default 30; 0 deletes at the next timer run). */
export function deletionGraceDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TENANTS_DELETION_GRACE_DAYS?.trim();
  if (!raw) return DEFAULT_GRACE_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > 3650) {
    throw new ValidationFailed([{ field: 'TENANTS_DELETION_GRACE_DAYS', message: 'a whole number of days from 0 to 3650' }]);
  }
  return days;
}

const timerId = (tenantId: string): string => `deletion:${tenantId}`;

/**
 * Deleting a tenant after an export and a grace period: the request schedules the deletion (a durable
 * timer, set before the request is recorded so that no recorded request lacks one), a cancellation
 * takes the tenant back to suspended, and the timer deletes it when the grace period is over. On
 * deletion the tenant's people's keys are deleted, so the personal data in its history is unreadable
 * everywhere, then its data is purged (its events, read models, timers, bus messages and files, where
 * the adapters allow it); its users are refused, and its id is never onboarded again (the platform's
 * record of it stays).
 */
export class TenantDeletion {
  private readonly handler;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    private readonly scheduler: Scheduler,
    private readonly keys: PersonalKeys,
    private readonly graceDays: number,
    private readonly purge: { readonly data: TenantPurge; readonly files: readonly TenantFileSource[] },
  ) {
    this.handler = commandHandler(tenantDecider, { store, clock, ids });
  }

  async request(principal: Principal, correlationId: string, tenantId: string): Promise<TenantRecord> {
    const at = this.now();
    const { state } = await this.handler.load(knownTenantStream(tenantId));
    // A refused request leaves the timer of an earlier one as it was: only a request the decider can take schedules.
    if (state.status !== 'none' && allowedActions(state).includes('delete')) {
      await this.scheduler.schedule({
        id: timerId(tenantId),
        tenantId: PLATFORM_TENANT,
        kind: DELETION_TIMER,
        dueAt: new Date(deletionDueAt(at, this.graceDays)),
        payload: { tenantId },
      });
    }
    return this.run({ tenantId: PLATFORM_TENANT, actor: principal.userId, correlationId }, tenantId, {
      type: 'RequestDeletion',
      data: { graceDays: this.graceDays, by: principal.userId, at },
    });
  }

  /** The timer may still fire: it finds the tenant suspended and does nothing. */
  cancel(principal: Principal, correlationId: string, tenantId: string): Promise<TenantRecord> {
    return this.run({ tenantId: PLATFORM_TENANT, actor: principal.userId, correlationId }, tenantId, {
      type: 'CancelDeletion',
      data: { by: principal.userId, at: this.now() },
    });
  }

  /** The timer's run: run again after a crash, it finds the tenant deleted and deletes the keys and purges again (nothing left to remove). */
  async deleteWhenDue(timer: Timer): Promise<void> {
    const { tenantId } = timer.payload as { tenantId: string };
    const context: CommandContext = {
      tenantId: PLATFORM_TENANT,
      actor: ACTOR,
      correlationId: timer.id,
      causationId: `${timer.id}@${timer.dueAt.toISOString()}`,
    };
    const record = await this.run(context, tenantId, { type: 'DeleteTenant', data: { by: ACTOR, at: this.now() } });
    if (record.status !== 'deleted') return;
    await this.keys.eraseTenant(tenantId);
    // Its timers go through the scheduler's port (MongoDB too); the rest where the adapters allow it.
    for (const timer of await this.scheduler.pending(tenantId)) await this.scheduler.cancel(tenantId, timer.id);
    for (const source of this.purge.files) await rm(source.dirOf(tenantId), { recursive: true, force: true });
    await this.purge.data.purge(tenantId);
  }

  private async run(context: CommandContext, tenantId: string, command: TenantCommand): Promise<TenantRecord> {
    const { state } = await this.handler.handle(knownTenantStream(tenantId), command, context);
    if (state.status === 'none') throw new NotFound('Tenant', tenantId);
    return recordOf(state);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
