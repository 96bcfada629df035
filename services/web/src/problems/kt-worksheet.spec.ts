import { cellOf, cellText, ktBody, ktDraftOf, withNewCause, type KtWorksheet } from './kt-worksheet';

const worksheet: KtWorksheet = {
  rows: [
    {
      dimension: 'what',
      is: { text: 'VPN sessions drop' },
      isNot: { text: 'Wi-Fi' },
      distinctions: { needsData: true },
      changes: { notApplicable: 'no change yet' },
    },
  ],
  causes: [{ causeId: 'cause-2', description: 'Idle timeout on the gateway', tests: [{ dimension: 'what', explainsIs: true, explainsIsNot: false }] }],
};

describe('the Kepner-Tregoe worksheet as a form edits it', () => {
  it('writes a cell as text, "n/a: why" or nothing while data is needed, and reads it back the same', () => {
    expect(cellOf('  Sessions drop ')).toEqual({ text: 'Sessions drop' });
    expect(cellOf('N/A: not a location problem')).toEqual({ notApplicable: 'not a location problem' });
    expect(cellOf('  ')).toEqual({ needsData: true });
    for (const cell of [worksheet.rows[0]!.is, worksheet.rows[0]!.changes, worksheet.rows[0]!.distinctions]) {
      expect(cellOf(cellText(cell))).toEqual(cell);
    }
  });

  it('saves every dimension, the rows it had unchanged, and only the tests a cause was put to', () => {
    const body = ktBody(ktDraftOf(worksheet));
    expect(body.rows.map((row) => row.dimension)).toEqual(['what', 'where', 'when', 'extent']);
    expect(body.rows[0]).toEqual(worksheet.rows[0]);
    expect(body.rows[1]).toEqual({
      dimension: 'where',
      is: { needsData: true },
      isNot: { needsData: true },
      distinctions: { needsData: true },
      changes: { needsData: true },
    });
    expect(body.causes).toEqual(worksheet.causes);
  });

  it('numbers a new cause after the highest, and leaves out a cause with no description', () => {
    const draft = withNewCause(ktDraftOf(worksheet));
    expect(draft.causes.map((cause) => cause.causeId)).toEqual(['cause-2', 'cause-3']);
    expect(ktBody(draft).causes.map((cause) => cause.causeId)).toEqual(['cause-2']);
  });
});
