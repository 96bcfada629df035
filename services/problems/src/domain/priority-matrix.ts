import { ValidationFailed, type FieldError } from '@deskstream/kernel';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Rows are impact 1 (high) .. 3 (low), columns urgency 1 .. 3. A tenant may replace it in its problem settings. */
export type PriorityMatrix = readonly [readonly Priority[], readonly Priority[], readonly Priority[]];

/** The usual ITIL matrix: 1x1 = P1, 3x3 = P5. */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = [
  ['P1', 'P2', 'P3'],
  ['P2', 'P3', 'P4'],
  ['P3', 'P4', 'P5'],
];

export const isLevel = (value: unknown): value is 1 | 2 | 3 => value === 1 || value === 2 || value === 3;

export function priorityFor(matrix: PriorityMatrix, impact: number, urgency: number): Priority {
  const errors: FieldError[] = [];
  if (!isLevel(impact)) errors.push({ field: 'impact', message: 'impact must be 1, 2 or 3' });
  if (!isLevel(urgency)) errors.push({ field: 'urgency', message: 'urgency must be 1, 2 or 3' });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return matrix[impact - 1]![urgency - 1]!;
}

export function validatePriorityMatrix(matrix: unknown): PriorityMatrix {
  const ok =
    Array.isArray(matrix) &&
    matrix.length === 3 &&
    matrix.every((row) => Array.isArray(row) && row.length === 3 && row.every((p) => (PRIORITIES as readonly unknown[]).includes(p)));
  if (!ok) throw new ValidationFailed([{ field: 'priorityMatrix', message: 'must be 3 rows (impact) of 3 priorities (urgency), each P1..P5' }]);
  return matrix as unknown as PriorityMatrix;
}
