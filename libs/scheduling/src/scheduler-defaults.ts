import type { Clock } from '@deskstream/kernel';
import type { SchedulerOptions } from './scheduler.port';

/** The option defaults and retry policy every Scheduler adapter shares, so that both behave alike. */
export interface ResolvedSchedulerOptions {
  readonly owner: string;
  readonly leaseMs: number;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
}

export function resolveSchedulerOptions(options: SchedulerOptions): ResolvedSchedulerOptions {
  return {
    owner: options.owner,
    leaseMs: options.leaseMs ?? 60_000,
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    batchSize: options.batchSize ?? 50,
  };
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Delay before a failed timer is tried again: exponential, capped so a broken handler is retried every few minutes. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_RETRY_MS);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What an adapter's constructor takes besides its connection. */
export interface SchedulerAdapterOptions extends SchedulerOptions {
  readonly clock: Clock;
  /** Where the poll loop reports a failed run (the store unreachable...); handler failures are retried, not reported. */
  readonly onError?: (error: unknown) => void;
}

export const reportToConsole = (error: unknown): void => console.error('scheduler poll failed:', error);
