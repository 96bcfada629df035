import { fold, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { IncidentClassifiedV1, IncidentOpenedV1 } from '@deskstream/contracts';
import { recordedAs } from '@deskstream/readmodels';
import { incidentActivityDecider, type IncidentActivityObserved } from '../domain/incident-activity.decider';
import type { ClusterIncident } from '../domain/problem-cluster.workflow';
import type { TrendDimension } from '../domain/problem-settings';
import type { ProblemClusters } from './problem-clusters';
import type { ProblemSettingsRepository } from './problem-settings.repository';
import { incidentActivityStream } from './problem-streams';
import { majorIncidentObservation, trendObservations, type TrendObservation } from '../domain/trend-observation.rules';

/** Streams incidents into the cluster workflows of the dimensions the tenant detects on, as they are opened and classified. */
export class TrendDetection {
  constructor(
    private readonly store: EventStore,
    private readonly clusters: ProblemClusters,
    private readonly settings: ProblemSettingsRepository,
    private readonly ids: IdGenerator,
  ) {}

  async opened(context: CommandContext, data: IncidentOpenedV1): Promise<void> {
    const incident = { incidentId: data.incidentId, reference: data.reference, shortDescription: data.shortDescription };
    const values: Record<TrendDimension, string | null> = { service: data.service, configurationItem: data.configurationItem, category: data.category };
    await this.observe(context, incident, data.at, values);
  }

  /** A category set at classification counts too (the desk often classifies after opening). */
  async classified(context: CommandContext, data: IncidentClassifiedV1): Promise<void> {
    if (!data.category) return;
    const known = await this.known(context.tenantId, data.incidentId);
    const incident = { incidentId: data.incidentId, reference: known.reference ?? data.incidentId, shortDescription: known.shortDescription ?? '' };
    await this.observe(context, incident, data.at, { service: null, configurationItem: null, category: data.category });
  }

  /** A major incident always yields a candidate: it is a cluster of its own with a threshold of one. */
  async majorDeclared(context: CommandContext, incidentId: string, at: string): Promise<void> {
    const known = await this.known(context.tenantId, incidentId);
    const incident = { incidentId, reference: known.reference ?? incidentId, shortDescription: known.shortDescription ?? '' };
    await this.send(context, majorIncidentObservation(incident, at));
  }

  /**
   * Reference and short description of an incident, from the activity the other consumer records
   * (the major-incident and classification contracts do not carry them). Not recorded yet: the
   * message is retried, in order, until it is.
   */
  private async known(tenantId: string, incidentId: string) {
    const events = recordedAs<IncidentActivityObserved>(await this.store.readStream(incidentActivityStream(tenantId, incidentId)));
    const known = fold(incidentActivityDecider, events);
    if (known.status === 'unknown') throw new Error(`incident ${incidentId} is not recorded yet; the message is retried`);
    return known;
  }

  private async observe(context: CommandContext, incident: ClusterIncident, at: string, values: Record<TrendDimension, string | null>): Promise<void> {
    const { trend } = await this.settings.get(context.tenantId);
    for (const observation of trendObservations(incident, at, values, trend)) await this.send(context, observation);
  }

  private async send(context: CommandContext, { clusterId, data }: TrendObservation): Promise<void> {
    await this.clusters.decide(context, clusterId, { type: 'ObserveIncident', data: { ...data, candidateId: this.ids.next() } });
  }
}
