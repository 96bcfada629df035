import { verdicts, type KepnerTregoeWorksheet, type KtRow } from './kepner-tregoe.rules';

const row = (dimension: KtRow['dimension'], overrides: Partial<KtRow> = {}): KtRow => ({
  dimension,
  is: { text: 'observed' },
  isNot: { text: 'not observed' },
  distinctions: { text: 'different' },
  changes: { text: 'changed' },
  ...overrides,
});

describe('testing candidate causes against the specification', () => {
  const base = { rows: [row('what'), row('where'), row('extent', { is: { notApplicable: 'single box' }, isNot: { notApplicable: 'single box' } })] };

  it('a cause that explains every IS and IS NOT survives; n/a rows are not tested', () => {
    const worksheet: KepnerTregoeWorksheet = {
      ...base,
      causes: [
        {
          causeId: 'release',
          description: 'release 4.1',
          tests: [
            { dimension: 'what', explainsIs: true, explainsIsNot: true },
            { dimension: 'where', explainsIs: true, explainsIsNot: true },
          ],
        },
        {
          causeId: 'disk',
          description: 'disk full',
          tests: [
            { dimension: 'what', explainsIs: true, explainsIsNot: false },
            { dimension: 'where', explainsIs: true, explainsIsNot: true },
          ],
        },
        { causeId: 'network', description: 'network', tests: [{ dimension: 'what', explainsIs: true, explainsIsNot: true }] },
      ],
    };
    expect(verdicts(worksheet).map((v) => [v.causeId, v.verdict])).toEqual([
      ['release', 'survives'],
      ['disk', 'eliminated'],
      ['network', 'untested'],
    ]);
  });

  it('a row that still needs data leaves a cause untested, unless another row already eliminates it', () => {
    const worksheet: KepnerTregoeWorksheet = {
      rows: [row('what'), row('when', { isNot: { needsData: true } })],
      causes: [
        {
          causeId: 'a',
          description: 'a',
          tests: [
            { dimension: 'what', explainsIs: true, explainsIsNot: true },
            { dimension: 'when', explainsIs: true, explainsIsNot: true },
          ],
        },
        { causeId: 'b', description: 'b', tests: [{ dimension: 'what', explainsIs: false, explainsIsNot: true }] },
      ],
    };
    expect(verdicts(worksheet).map((v) => v.verdict)).toEqual(['untested', 'eliminated']);
  });
});
