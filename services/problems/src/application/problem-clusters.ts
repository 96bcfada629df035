import type { Clock, CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { clusterWorkflow, type ClusterCommand, type ClusterEvent, type ClusterState } from '../domain/problem-cluster.workflow';
import { CachedCommandHandler } from './cached-command-handler';
import { clusterStream } from './problem-streams';

/** The trend-detection workflows, one stream per cluster, shared by the detector and the candidate decisions. */
export class ProblemClusters {
  private readonly handler: CachedCommandHandler<ClusterCommand, ClusterEvent, ClusterState>;

  constructor(
    store: EventStore,
    ids: IdGenerator,
    private readonly clock: Clock,
  ) {
    this.handler = new CachedCommandHandler(clusterWorkflow, store, ids);
  }

  state(tenantId: string, clusterId: string): Promise<ClusterState> {
    return this.handler.load(clusterStream(tenantId, clusterId)).then((loaded) => loaded.state);
  }

  decide(context: CommandContext, clusterId: string, command: ClusterCommand) {
    return this.handler.handle(clusterStream(context.tenantId, clusterId), command, context, this.clock.now().toISOString());
  }
}
