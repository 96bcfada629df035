import type { FieldError } from '@deskstream/kernel';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH, textErrors } from './text.rules';

/** The four dimensions of a Kepner-Tregoe problem specification, one row each. */
export const KT_DIMENSIONS = ['what', 'where', 'when', 'extent'] as const;
export type KtDimension = (typeof KT_DIMENSIONS)[number];

/** A cell holds an observation, or says why it does not apply, or that the data is still to be found. */
export type KtCell = { readonly text: string } | { readonly notApplicable: string } | { readonly needsData: true };

export interface KtRow {
  readonly dimension: KtDimension;
  readonly is: KtCell;
  readonly isNot: KtCell;
  readonly distinctions: KtCell;
  readonly changes: KtCell;
}

/** Does the cause explain the IS, and does it explain why the IS NOT is not affected? null: not yet tested. */
export interface KtTest {
  readonly dimension: KtDimension;
  readonly explainsIs: boolean | null;
  readonly explainsIsNot: boolean | null;
}

export interface KtCause {
  readonly causeId: string;
  readonly description: string;
  readonly tests: readonly KtTest[];
}

export interface KepnerTregoeWorksheet {
  readonly rows: readonly KtRow[];
  readonly causes: readonly KtCause[];
}

export type KtVerdict = 'survives' | 'eliminated' | 'untested';

const CELLS = ['is', 'isNot', 'distinctions', 'changes'] as const;

const CELL_KINDS = ['text', 'notApplicable', 'needsData'] as const;
type CellKind = (typeof CELL_KINDS)[number];

/** Which of the three a cell holds; a key present with no value does not count. */
function kindsOf(cell: KtCell): CellKind[] {
  return CELL_KINDS.filter((key) => (cell as Partial<Record<CellKind, unknown>>)[key] !== undefined);
}

export const cellKind = (cell: KtCell): CellKind | null => kindsOf(cell)[0] ?? null;

function cellErrors(field: string, cell: KtCell | undefined): FieldError[] {
  if (!cell || typeof cell !== 'object') return [{ field, message: `${field} is required` }];
  const kinds = kindsOf(cell);
  if (kinds.length !== 1) return [{ field, message: `${field} is one of text, notApplicable (with the reason) or needsData` }];
  const value = (cell as Record<CellKind, unknown>)[kinds[0]!];
  if (kinds[0] === 'text') return textErrors(`${field}.text`, value, MAX_TEXT_LENGTH);
  if (kinds[0] === 'notApplicable') return textErrors(`${field}.notApplicable`, value, MAX_SHORT_TEXT_LENGTH);
  return value === true ? [] : [{ field: `${field}.needsData`, message: 'needsData must be true' }];
}

/** A worksheet has at most one row per dimension, every cell filled in some way, and causes tested only on its rows. */
export function validateWorksheet(worksheet: KepnerTregoeWorksheet): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  worksheet.rows.forEach((row, i) => {
    if (!KT_DIMENSIONS.includes(row.dimension)) errors.push({ field: `rows.${i}.dimension`, message: `dimension must be one of ${KT_DIMENSIONS.join(', ')}` });
    else if (seen.has(row.dimension)) errors.push({ field: `rows.${i}.dimension`, message: `${row.dimension} appears twice` });
    seen.add(row.dimension);
    for (const cell of CELLS) errors.push(...cellErrors(`rows.${i}.${cell}`, row[cell]));
  });
  const causeIds = new Set<string>();
  worksheet.causes.forEach((cause, i) => {
    errors.push(...textErrors(`causes.${i}.causeId`, cause.causeId, 50), ...textErrors(`causes.${i}.description`, cause.description));
    if (causeIds.has(cause.causeId)) errors.push({ field: `causes.${i}.causeId`, message: `${cause.causeId} appears twice` });
    causeIds.add(cause.causeId);
    cause.tests.forEach((test, j) => {
      if (!seen.has(test.dimension)) errors.push({ field: `causes.${i}.tests.${j}.dimension`, message: `the worksheet has no ${test.dimension} row` });
    });
  });
  ensureValid(errors);
}

/** A row bounds the problem when its IS and IS NOT both hold observations; n/a rows do not take part in testing. */
function testedRows(worksheet: KepnerTregoeWorksheet): KtRow[] {
  return worksheet.rows.filter((row) => cellKind(row.is) !== 'notApplicable' && cellKind(row.isNot) !== 'notApplicable');
}

/**
 * A candidate cause survives when it explains every IS and every IS NOT of the rows that apply; one
 * "does not explain" eliminates it; a missing test or a row still needing data leaves it untested.
 */
export function verdictOf(worksheet: KepnerTregoeWorksheet, cause: KtCause): KtVerdict {
  let untested = false;
  for (const row of testedRows(worksheet)) {
    const test = cause.tests.find((t) => t.dimension === row.dimension);
    if (test?.explainsIs === false || test?.explainsIsNot === false) return 'eliminated';
    const needsData = cellKind(row.is) === 'needsData' || cellKind(row.isNot) === 'needsData';
    if (!test || test.explainsIs === null || test.explainsIsNot === null || needsData) untested = true;
  }
  return untested ? 'untested' : 'survives';
}

export function verdicts(worksheet: KepnerTregoeWorksheet): { causeId: string; description: string; verdict: KtVerdict }[] {
  return worksheet.causes.map((cause) => ({ causeId: cause.causeId, description: cause.description, verdict: verdictOf(worksheet, cause) }));
}
