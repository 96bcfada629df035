import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured figure with the target it is judged against. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** `>=` or `<` and the number the issue asks for. */
  readonly target?: { readonly op: '>=' | '<'; readonly value: number };
  /** A figure measured in the same run that gives the value context (same machine, same moment). */
  readonly baseline?: { readonly name: string; readonly value: number; readonly unit: string };
  readonly notes?: string;
}

export function meets(result: BenchResult): boolean | null {
  if (!result.target) return null;
  return result.target.op === '>=' ? result.value >= result.target.value : result.value < result.target.value;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

export function elapsedSeconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `deskstream-bench-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const round = (value: number, digits = 0): number => Number(value.toFixed(digits));
