import { assertNever, type Decider } from '@deskstream/kernel';

/** The tenant rule for harvesting: this many similar resolutions within this many days propose a draft. */
export interface HarvestRules {
  readonly threshold: number;
  readonly windowDays: number;
}

export const DEFAULT_HARVEST_RULES: HarvestRules = { threshold: 3, windowDays: 30 };

export interface ObservedResolution {
  readonly incidentId: string;
  readonly reference: string;
  readonly shortDescription: string;
  readonly category: string | null;
  readonly service: string | null;
  readonly notes: string;
  readonly at: string;
}

/**
 * A resolution the incidents service published, with what knowledge looked up about it: whether an
 * article was already used on the ticket, the tenant's rules, and the id a proposed draft would get.
 */
export type HarvestCommand = {
  type: 'ObserveResolution';
  data: ObservedResolution & { readonly articleLinked: boolean; readonly rules: HarvestRules; readonly proposalId: string };
};

export interface DraftProposal {
  readonly articleId: string;
  readonly sourceIncidents: readonly string[];
  readonly title: string;
  readonly problem: string;
  readonly resolution: string;
  readonly category: string | null;
  readonly service: string | null;
  readonly at: string;
}

export type HarvestEvent = { type: 'ResolutionObserved'; data: ObservedResolution } | { type: 'DraftProposed'; data: DraftProposal };

export interface HarvestState {
  readonly status: 'collecting';
  readonly resolutions: readonly ObservedResolution[];
  readonly proposals: readonly DraftProposal[];
}

const DAY_MS = 86_400_000;

const unique = (texts: readonly string[]): string[] => [...new Set(texts.map((text) => text.trim()).filter(Boolean))];

/** The draft, prefilled from the resolutions it was harvested from: the latest wording first. */
function proposal(resolutions: readonly ObservedResolution[], articleId: string, at: string): DraftProposal {
  const newest = [...resolutions].reverse();
  return {
    articleId,
    sourceIncidents: resolutions.map((r) => r.incidentId),
    title: newest[0]!.shortDescription.slice(0, 200),
    problem: unique(newest.map((r) => `${r.shortDescription} (${r.reference})`))
      .join('\n')
      .slice(0, 10_000),
    resolution: unique(newest.map((r) => r.notes))
      .join('\n\n')
      .slice(0, 20_000),
    category: newest[0]!.category,
    service: newest.find((r) => r.service)?.service ?? null,
    at,
  };
}

/**
 * Harvesting knowledge from resolutions (one workflow per tenant and kind of resolution): a
 * resolution without a linked article is collected; when the rule's number of them fall within the
 * window and none of them is in a proposal yet, a work-in-progress draft is proposed with them as
 * its sources. A resolution seen twice counts once.
 */
export function decideHarvest(command: HarvestCommand, state: HarvestState): HarvestEvent[] {
  switch (command.type) {
    case 'ObserveResolution': {
      const { articleLinked, rules, proposalId, ...resolution } = command.data;
      if (articleLinked || state.resolutions.some((r) => r.incidentId === resolution.incidentId)) return [];
      const observed: HarvestEvent = { type: 'ResolutionObserved', data: resolution };
      const proposed = new Set(state.proposals.flatMap((p) => p.sourceIncidents));
      const since = Date.parse(resolution.at) - rules.windowDays * DAY_MS;
      const recent = [...state.resolutions, resolution].filter((r) => !proposed.has(r.incidentId) && Date.parse(r.at) >= since);
      if (recent.length < rules.threshold) return [observed];
      return [observed, { type: 'DraftProposed', data: proposal(recent, proposalId, resolution.at) }];
    }
    default:
      return assertNever(command.type, 'harvest command');
  }
}

export function evolveHarvest(state: HarvestState, event: HarvestEvent): HarvestState {
  switch (event.type) {
    case 'ResolutionObserved':
      return { ...state, resolutions: [...state.resolutions, event.data] };
    case 'DraftProposed':
      return { ...state, proposals: [...state.proposals, event.data] };
  }
}

export const harvestWorkflow: Decider<HarvestCommand, HarvestEvent, HarvestState> = {
  decide: decideHarvest,
  evolve: evolveHarvest,
  initialState: () => ({ status: 'collecting', resolutions: [], proposals: [] }),
};
