import type { RateLimit } from '@deskstream/kernel';

/** Process-level intake settings (tenant-level ones live in the tenant's intake settings stream). */
export interface IntakeConfig {
  /** Per-tenant submission rate: past it the answer is 429 with Retry-After. */
  readonly rateLimit: RateLimit;
}

export const INTAKE_CONFIG = Symbol('IntakeConfig');

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got ${JSON.stringify(raw)})`);
  return value;
}

/** INTAKE_RATE_PER_SECOND (default 5000) and INTAKE_RATE_BURST (default twice the rate): sized for a tenfold surge. */
export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  const ratePerSecond = positive(env, 'INTAKE_RATE_PER_SECOND', 5000);
  return { rateLimit: { ratePerSecond, burst: positive(env, 'INTAKE_RATE_BURST', ratePerSecond * 2) } };
}
