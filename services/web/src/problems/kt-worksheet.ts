/** The Kepner-Tregoe worksheet as the API holds it (`POST /problems/{id}/update-kt`). */
export const KT_DIMENSIONS = ['what', 'where', 'when', 'extent'] as const;
export const KT_COLUMNS = ['is', 'isNot', 'distinctions', 'changes'] as const;
export type KtDimension = (typeof KT_DIMENSIONS)[number];
export type KtColumn = (typeof KT_COLUMNS)[number];
export type KtCell = { readonly text: string } | { readonly notApplicable: string } | { readonly needsData: true };

export interface KtTest {
  readonly dimension: KtDimension;
  readonly explainsIs?: boolean | null;
  readonly explainsIsNot?: boolean | null;
}

export interface KtWorksheet {
  readonly rows: readonly ({ readonly dimension: KtDimension } & Record<KtColumn, KtCell>)[];
  readonly causes: readonly { readonly causeId: string; readonly description: string; readonly tests: readonly KtTest[] }[];
}

/** A test's answer as a form shows it. */
export type KtAnswer = 'untested' | 'yes' | 'no';

/** The worksheet as a form edits it: one line of text per cell ("n/a: why" for a cell that does not apply, empty while data is needed). */
export interface KtDraft {
  readonly rows: Record<KtDimension, Record<KtColumn, string>>;
  readonly causes: readonly {
    readonly causeId: string;
    readonly description: string;
    readonly tests: Record<KtDimension, { readonly is: KtAnswer; readonly isNot: KtAnswer }>;
  }[];
}

const NOT_APPLICABLE = /^n\/a:\s*/i;

export const cellText = (cell: KtCell | undefined): string => (!cell || 'needsData' in cell ? '' : 'text' in cell ? cell.text : `n/a: ${cell.notApplicable}`);

export function cellOf(text: string): KtCell {
  const trimmed = text.trim();
  if (!trimmed) return { needsData: true };
  if (NOT_APPLICABLE.test(trimmed)) return { notApplicable: trimmed.replace(NOT_APPLICABLE, '') };
  return { text: trimmed };
}

const answerOf = (value: boolean | null | undefined): KtAnswer => (value === true ? 'yes' : value === false ? 'no' : 'untested');
const booleanOf = (answer: KtAnswer): boolean | null => (answer === 'yes' ? true : answer === 'no' ? false : null);
const untested = () => Object.fromEntries(KT_DIMENSIONS.map((d) => [d, { is: 'untested', isNot: 'untested' }])) as KtDraft['causes'][number]['tests'];

export function ktDraftOf(worksheet: KtWorksheet | null): KtDraft {
  const rows = Object.fromEntries(
    KT_DIMENSIONS.map((dimension) => {
      const row = worksheet?.rows.find((r) => r.dimension === dimension);
      return [dimension, Object.fromEntries(KT_COLUMNS.map((column) => [column, cellText(row?.[column])]))];
    }),
  ) as KtDraft['rows'];
  const causes = (worksheet?.causes ?? []).map((cause) => ({
    causeId: cause.causeId,
    description: cause.description,
    tests: { ...untested(), ...Object.fromEntries(cause.tests.map((t) => [t.dimension, { is: answerOf(t.explainsIs), isNot: answerOf(t.explainsIsNot) }])) },
  }));
  return { rows, causes };
}

/** A new candidate cause, numbered after the highest one the worksheet has. */
export function withNewCause(draft: KtDraft): KtDraft {
  const next = Math.max(0, ...draft.causes.map((cause) => Number(/^cause-(\d+)$/.exec(cause.causeId)?.[1] ?? 0))) + 1;
  return { ...draft, causes: [...draft.causes, { causeId: `cause-${next}`, description: '', tests: untested() }] };
}

/** The body of `update-kt`: every dimension's row, and each cause with the tests it has been put to. */
export function ktBody(draft: KtDraft): KtWorksheet {
  return {
    rows: KT_DIMENSIONS.map((dimension) => ({
      dimension,
      ...(Object.fromEntries(KT_COLUMNS.map((column) => [column, cellOf(draft.rows[dimension][column])])) as Record<KtColumn, KtCell>),
    })),
    causes: draft.causes
      .filter((cause) => cause.description.trim())
      .map((cause) => ({
        causeId: cause.causeId,
        description: cause.description.trim(),
        tests: KT_DIMENSIONS.filter((d) => cause.tests[d].is !== 'untested' || cause.tests[d].isNot !== 'untested').map((dimension) => ({
          dimension,
          explainsIs: booleanOf(cause.tests[dimension].is),
          explainsIsNot: booleanOf(cause.tests[dimension].isNot),
        })),
      })),
  };
}
