import { Forbidden, IllegalTransition, NotFound, type Clock, type IdGenerator } from '@deskstream/kernel';
import { anyOf, type DocumentStore } from '@deskstream/readmodels';
import type { Principal } from '@deskstream/platform';
import type { Origin } from '../domain/problem.events';
import { ensureReads, MANAGER_ROLES } from './problem-access';
import type { RecordProblemInput } from './problem-actions';
import { presentCandidate, problemCandidatesProjection, type ProblemCandidate } from './problem-candidates.projection';
import type { ProblemClusters } from './problem-clusters';
import { problemListProjection, type ProblemDocument } from './problem-detail.projection';
import type { ProblemReceipt, ProblemUseCases } from './problem-use-cases';
import { commandContextOf, type RequestContext } from './request-context';

export interface PromoteInput {
  shortDescription?: string;
  description?: string;
  impact?: number;
  urgency?: number;
}

const ensureManages = (principal: Principal): void => {
  if (!principal.roles.some((role) => MANAGER_ROLES.includes(role))) throw new Forbidden('Deciding on problem candidates needs the role problem-manager');
};

const DIMENSION_FIELDS: Record<string, keyof RecordProblemInput> = { service: 'service', configurationItem: 'configurationItem', category: 'category' };

/** The problem manager's side of detection: the list of candidates, and promote, dismiss or snooze one. */
export class CandidateUseCases {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clusters: ProblemClusters,
    private readonly problems: ProblemUseCases,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async list(principal: Principal, status?: string, cursor?: string, limit = 50) {
    ensureReads(principal);
    const now = this.clock.now();
    const stored = status === 'open' || status === 'snoozed' ? { $in: ['open', 'snoozed'] } : status;
    const page = await this.collection().find(principal.tenantId, {
      ...(stored === undefined ? {} : { filter: { status: stored } }),
      sort: [{ field: 'raisedAt', direction: 'desc' }],
      limit,
      ...(cursor ? { cursor } : {}),
    });
    const problemReferences = await this.problemReferences(
      principal.tenantId,
      page.items.flatMap((doc) => (doc.problemId ? [doc.problemId] : [])),
    );
    const items = page.items.map((doc) => presentCandidate(doc, now, problemReferences)).filter((item) => status === undefined || item.status === status);
    return { items, nextCursor: page.nextCursor };
  }

  /** The references of the problems candidates were promoted to, from the problem list. */
  private async problemReferences(tenantId: string, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (ids.length === 0) return new Map();
    const { items } = await this.documents
      .collection<ProblemDocument>(problemListProjection.collection)
      .find(tenantId, { filter: { id: anyOf(ids) }, limit: ids.length });
    return new Map(items.map((problem) => [problem.id, problem.reference]));
  }

  /** The candidate becomes a problem with its incidents linked; the problem is checked before the candidate is marked. */
  async promote(request: RequestContext, candidateId: string, input: PromoteInput): Promise<ProblemReceipt> {
    ensureManages(request.principal);
    const candidate = await this.open(request.principal.tenantId, candidateId, 'promote');
    const cluster = await this.clusters.state(request.principal.tenantId, candidate.clusterId);
    const incidentIds = cluster.status !== 'quiet' && cluster.candidate.candidateId === candidateId ? cluster.candidate.incidents.map((i) => i.incidentId) : [];
    const origin: Origin = candidate.dimension === 'major' ? 'major-incident' : 'incident-trend';
    const field = DIMENSION_FIELDS[candidate.dimension];
    const record: RecordProblemInput = {
      shortDescription: input.shortDescription ?? candidate.reason.slice(0, 200),
      description:
        input.description ??
        `${candidate.reason}.\nIncidents: ${candidate.incidents.map((i) => `${i.reference} ${i.shortDescription}`).join('; ')}`.slice(0, 10_000),
      impact: input.impact ?? 2,
      urgency: input.urgency ?? 2,
      origin,
      ...(field ? { [field]: candidate.value } : {}),
    };
    await this.problems.validateRecord(request, record);
    const problemId = this.ids.next();
    const at = this.clock.now().toISOString();
    await this.clusters.decide(commandContextOf(request), candidate.clusterId, {
      type: 'PromoteCandidate',
      data: { candidateId, problemId, by: request.principal.userId, at },
    });
    return this.problems.record(request, record, { candidateId, incidentIds, problemId });
  }

  async dismiss(request: RequestContext, candidateId: string, reason: string): Promise<{ id: string; status: string }> {
    ensureManages(request.principal);
    const candidate = await this.open(request.principal.tenantId, candidateId, 'dismiss');
    const at = this.clock.now().toISOString();
    await this.clusters.decide(commandContextOf(request), candidate.clusterId, {
      type: 'DismissCandidate',
      data: { candidateId, reason, by: request.principal.userId, at },
    });
    return { id: candidateId, status: 'dismissed' };
  }

  async snooze(request: RequestContext, candidateId: string, reason: string, until: string): Promise<{ id: string; status: string; snoozedUntil: string }> {
    ensureManages(request.principal);
    const candidate = await this.open(request.principal.tenantId, candidateId, 'snooze');
    const at = this.clock.now().toISOString();
    await this.clusters.decide(commandContextOf(request), candidate.clusterId, {
      type: 'SnoozeCandidate',
      data: { candidateId, reason, until, by: request.principal.userId, at },
    });
    return { id: candidateId, status: 'snoozed', snoozedUntil: new Date(until).toISOString() };
  }

  private async open(tenantId: string, candidateId: string, action: string): Promise<ProblemCandidate> {
    const candidate = await this.collection().get(tenantId, candidateId);
    if (!candidate) throw new NotFound('Problem candidate', candidateId);
    if (candidate.status === 'promoted' || candidate.status === 'dismissed') throw new IllegalTransition(action, candidate.status, []);
    return candidate;
  }

  private collection() {
    return this.documents.collection<ProblemCandidate>(problemCandidatesProjection.collection);
  }
}
