import { selectProjections } from './rebuild';

describe('rebuild CLI arguments', () => {
  const known = ['incident-queue', 'incident-history'];

  it('rebuilds every known projection with --all', () => {
    expect(selectProjections(['--all'], known)).toEqual(known);
  });

  it('rebuilds the named ones', () => {
    expect(selectProjections(['incident-history'], known)).toEqual(['incident-history']);
  });

  it('names unknown projections and lists the known ones', () => {
    expect(() => selectProjections(['incident-queue', 'queue'], known)).toThrow('Unknown projection(s): queue. Known: incident-queue, incident-history');
  });

  it('prints the usage without arguments', () => {
    expect(() => selectProjections([], known)).toThrow(/^usage: npm run rebuild -- <projection-name>\.\.\. \| --all/);
  });
});
