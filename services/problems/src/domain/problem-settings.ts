import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { DEFAULT_PRIORITY_MATRIX, validatePriorityMatrix, type PriorityMatrix } from './priority-matrix';

export const TREND_DIMENSIONS = ['service', 'configurationItem', 'category'] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/** When incidents that share a dimension become a problem candidate. */
export interface TrendRule {
  readonly windowMinutes: number;
  readonly threshold: number;
  readonly dimensions: readonly TrendDimension[];
  /** Minimum share of common words between short descriptions (0..1), or null to ignore the text. */
  readonly similarity: number | null;
}

/** What a tenant configures for problem management; every decision that depends on it gets it as input. */
export interface ProblemSettings {
  readonly priorityMatrix: PriorityMatrix;
  readonly trend: TrendRule;
}

/** Five incidents on one service within 24 hours raise a candidate. */
export const DEFAULT_PROBLEM_SETTINGS: ProblemSettings = {
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  trend: { windowMinutes: 24 * 60, threshold: 5, dimensions: ['service'], similarity: null },
};

const MAX_WINDOW_MINUTES = 90 * 24 * 60;

/** Applies a change to the current settings, refusing anything that would leave detection ill-defined. */
export function changeProblemSettings(current: ProblemSettings, change: Partial<ProblemSettings>): ProblemSettings {
  const next: ProblemSettings = {
    priorityMatrix: change.priorityMatrix ?? current.priorityMatrix,
    trend: { ...current.trend, ...Object.fromEntries(Object.entries(change.trend ?? {}).filter(([, v]) => v !== undefined)) },
  };
  const errors: FieldError[] = [];
  const { windowMinutes, threshold, dimensions, similarity } = next.trend;
  if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || windowMinutes > MAX_WINDOW_MINUTES) {
    errors.push({ field: 'trend.windowMinutes', message: `trend.windowMinutes must be a whole number from 1 to ${MAX_WINDOW_MINUTES}` });
  }
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > 1000)
    errors.push({ field: 'trend.threshold', message: 'trend.threshold must be a whole number from 2 to 1000' });
  if (!Array.isArray(dimensions) || dimensions.some((d) => !TREND_DIMENSIONS.includes(d)) || new Set(dimensions).size !== dimensions.length) {
    errors.push({ field: 'trend.dimensions', message: `trend.dimensions lists each of ${TREND_DIMENSIONS.join(', ')} at most once` });
  }
  if (similarity !== null && !(typeof similarity === 'number' && similarity > 0 && similarity <= 1)) {
    errors.push({ field: 'trend.similarity', message: 'trend.similarity is a share above 0 and at most 1, or null' });
  }
  try {
    validatePriorityMatrix(next.priorityMatrix);
  } catch (error) {
    if (error instanceof ValidationFailed) errors.push(...error.errors);
    else throw error;
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}
