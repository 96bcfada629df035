import { specification } from '@deskstream/kernel';
import { DEFAULT_HARVEST_RULES, harvestWorkflow, type HarvestCommand, type HarvestEvent, type ObservedResolution } from './harvest.workflow';

const spec = specification(harvestWorkflow);
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00.000Z`;

const resolution = (n: number, at = day(n)): ObservedResolution => ({
  incidentId: `inc-${n}`,
  reference: `INC000100${n}`,
  shortDescription: n === 3 ? 'Print spooler hangs' : 'Printer queue stuck',
  category: 'printing',
  service: n === 2 ? 'print' : null,
  notes: n === 1 ? 'Restarted the print spooler' : 'Restarted the print spooler service',
  at,
});
const observe = (n: number, extra: Partial<HarvestCommand['data']> = {}, at?: string): HarvestCommand => ({
  type: 'ObserveResolution',
  data: { ...resolution(n, at), articleLinked: false, rules: DEFAULT_HARVEST_RULES, proposalId: `draft-${n}`, ...extra },
});
const observed = (n: number, at?: string): HarvestEvent => ({ type: 'ResolutionObserved', data: resolution(n, at) });

describe('harvesting articles from resolutions', () => {
  it('collects a resolution that used no article', () => {
    spec
      .given([])
      .when(observe(1))
      .then([observed(1)]);
  });

  it('a resolution that used an article is no harvest: the knowledge exists', () => {
    spec
      .given([])
      .when(observe(1, { articleLinked: true }))
      .then([]);
  });

  it('the same resolution delivered twice counts once', () => {
    spec
      .given([observed(1)])
      .when(observe(1))
      .then([]);
  });

  it('the third similar resolution in the window proposes a draft prefilled from all three, newest first', () => {
    spec
      .given([observed(1), observed(2)])
      .when(observe(3))
      .then([
        observed(3),
        {
          type: 'DraftProposed',
          data: {
            articleId: 'draft-3',
            sourceIncidents: ['inc-1', 'inc-2', 'inc-3'],
            title: 'Print spooler hangs',
            problem: 'Print spooler hangs (INC0001003)\nPrinter queue stuck (INC0001002)\nPrinter queue stuck (INC0001001)',
            resolution: 'Restarted the print spooler service\n\nRestarted the print spooler',
            category: 'printing',
            service: 'print',
            at: day(3),
          },
        },
      ]);
  });

  it('resolutions older than the window do not count', () => {
    const old = observed(1, '2026-01-10T10:00:00.000Z');
    spec
      .given([old, observed(2)])
      .when(observe(3))
      .then([observed(3)]);
  });

  it('the tenant rule sets the number: two may be enough', () => {
    spec
      .given([observed(1)])
      .when(observe(2, { rules: { threshold: 2, windowDays: 7 } }))
      .thenState((s) => {
        expect(s.proposals.map((p) => p.sourceIncidents)).toEqual([['inc-1', 'inc-2']]);
      });
  });

  it('resolutions already in a proposal start no second one; new ones collect towards the next', () => {
    const [, draft] = harvestWorkflow.decide(observe(3), [observed(1), observed(2)].reduce(harvestWorkflow.evolve, harvestWorkflow.initialState()));
    const history = [observed(1), observed(2), observed(3), draft!];
    spec
      .given(history)
      .when(observe(4))
      .then([observed(4)]);
    spec
      .given([...history, observed(4), observed(5)])
      .when(observe(6))
      .thenState((s) => {
        expect(s.proposals.map((p) => p.sourceIncidents)).toEqual([
          ['inc-1', 'inc-2', 'inc-3'],
          ['inc-4', 'inc-5', 'inc-6'],
        ]);
      });
  });
});
