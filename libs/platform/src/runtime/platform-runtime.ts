import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@deskstream/contracts';
import { IntegrationGateway, subscribeWithInbox, type Consumer, type DeliveredMessage } from '@deskstream/messaging';
import { ProjectionRunner } from '@deskstream/readmodels';
import type { Timer } from '@deskstream/scheduling';
import { ServiceContributions, type IntegrationConsumer } from '../contributions/service-contributions';
import { PlatformMetrics, type ProgressSnapshot, type SubscriberProgress } from '../metrics/platform-metrics';
import type { PlatformAdapters } from '../adapters/platform-adapters';
import { PLATFORM_ADAPTERS, PLATFORM_OPTIONS } from '../tokens';
import type { ProcessRole } from '../adapters/writer-link';
import { TENANT_REGISTRY, type TenantRegistry } from '../tenancy/tenant-registry';
import { ErasedPersonKeys } from '../privacy/erased-person-keys';
import { ErasureReplays } from '../privacy/erasure-replays';
import { PERSONAL_DATA } from '../privacy/personal-data-catalogue';
import { LeasedRole } from './leased-role';

export interface PlatformOptions {
  /**
   * The service this process runs as (`intake`, `incidents`, …, or `standalone` for all of them): it
   * names the process's own consumer groups (see `platformConsumerName`). Each app module sets it.
   */
  readonly service: string;
  /** False for tools (the rebuild CLI) that need the ports and contributions but must not run subscribers. */
  readonly startRuntime?: boolean;
  /**
   * What this process does on a data dir served by several (see `ProcessRole`): an `edge` runs no
   * projection, consumer, timer or gateway (the writer runs them all), and the `writer` takes no mail.
   */
  readonly role?: ProcessRole;
  /** Runs last on shutdown, after the adapters are closed: main.ts passes the telemetry flush here. */
  readonly onShutdown?: () => Promise<void>;
}

/** What an app module takes from its `main.ts` or test: the platform's options but the service, which the module itself names. */
export type ServiceAppOptions = Omit<PlatformOptions, 'service'>;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The gateway's checkpoint name; one gateway per process publishes every contributed mapper's messages. */
export const GATEWAY_NAME = 'integration-gateway';
/** How often a replica looks for erasures handled by another one (its own it hears of at once). */
const ERASURE_CHECK_MS = 10_000;

/**
 * Runs what the service modules contributed: one projection runner per projection, the integration
 * gateway over all mappers, one inbox-guarded consumer per consumer, and the scheduler dispatching
 * timers by kind. Of several replicas on one store, only the holder of a projection's lease runs it,
 * and only the holder of the gateway's lease publishes (each event once, not once per replica);
 * consumers share their group and timers are claimed one by one, so those run on every replica. Started once every module has registered (bootstrap); stopped after the HTTP server
 * has drained (shutdown), then the adapters are closed, so no in-flight request loses its store.
 */
@Injectable()
export class PlatformRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PlatformRuntime');
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly roles = new Map<ProjectionRunner | IntegrationGateway, LeasedRole>();
  private gateway: IntegrationGateway | null = null;
  private readonly consumers: Consumer[] = [];
  private schedulerStarted = false;
  private stopped = false;
  private erasureTimer: NodeJS.Timeout | null = null;
  private erasureReplays: ErasureReplays | null = null;

  constructor(
    @Inject(PLATFORM_ADAPTERS) private readonly adapters: PlatformAdapters,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly contributions: ServiceContributions,
    metrics: PlatformMetrics,
    @Optional() @Inject(TENANT_REGISTRY) private readonly tenants?: TenantRegistry,
    @Optional() private readonly erased?: ErasedPersonKeys,
  ) {
    const own = () => this.progress();
    metrics.observeProgress(adapters.processLink ? adapters.processLink.shareProgress(own) : own);
    // An edge runs no consumer: the memory its consumers keep is dropped whenever the writer's have handled a message.
    if (options.role === 'edge')
      adapters.processLink?.onConsumed((name) => {
        for (const consumer of contributions.consumers) if (consumer.name === name) consumer.forget?.();
      });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.startRuntime === false || this.options.role === 'edge') return;
    const { eventStore: store, documents, checkpoints, bus, inbox, scheduler } = this.adapters;
    for (const projection of this.contributions.projections) {
      if (this.runners.has(projection.name)) throw new Error(`Projection ${projection.name} is contributed twice`);
      const runner = new ProjectionRunner({
        store,
        documents,
        checkpoints,
        projection,
        onError: (error) => this.logger.error(`projection ${projection.name} failed, restarting: ${describe(error)}`),
      });
      this.runners.set(projection.name, runner);
      await this.lease(runner, `projection:${projection.name}`);
    }
    if (this.contributions.mappers.length > 0) {
      this.gateway = new IntegrationGateway({
        store,
        bus,
        checkpoints,
        mappers: this.contributions.mappers,
        name: GATEWAY_NAME,
        onError: (error, event) =>
          this.logger.error(
            `gateway failed ${event ? `on event ${event.eventId} (${event.type})` : 'reading the event store'}, restarting: ${describe(error)}`,
          ),
      });
      // Named by what it publishes: processes of different services sharing one store each run their own.
      const categories = [...new Set(this.contributions.mappers.flatMap((mapper) => mapper.categories))].sort();
      await this.lease(this.gateway, `gateway:${GATEWAY_NAME}:${categories.join(',')}`);
    }
    // Side by side: on Kafka, a replica restarted after a crash waits in each group's join until its
    // dead predecessor's session expires, so joining one group after the other would add those waits up.
    const subscribed = await Promise.allSettled(
      this.contributions.consumers.map((consumer) => {
        const options = { groupId: consumer.name, topics: consumer.topics, concurrency: consumer.concurrency };
        return subscribeWithInbox(bus, inbox, options, (message: DeliveredMessage) => this.handle(consumer, message));
      }),
    );
    for (const result of subscribed) if (result.status === 'fulfilled') this.consumers.push(result.value);
    const refused = subscribed.find((result) => result.status === 'rejected');
    if (refused) throw refused.reason;
    if (this.contributions.timerHandlers.size > 0) {
      scheduler.start((timer) => this.dispatchTimer(timer));
      this.schedulerStarted = true;
    }
    this.replayAfterErasures();
    this.logger.log(
      `started ${this.runners.size} projection(s), ${this.gateway ? 1 : 0} gateway, ${this.consumers.length} consumer(s), ` +
        `${this.contributions.timerHandlers.size} timer kind(s)`,
    );
  }

  private async handle(consumer: IntegrationConsumer, message: DeliveredMessage): Promise<void> {
    if (await this.ofDeletedTenant(message)) return;
    await consumer.handle(message);
    if (consumer.forget) this.adapters.processLink?.consumed(consumer.name);
  }

  /**
   * A deleted tenant's message (Kafka keeps it until its retention drops it) is passed over, so that a
   * redelivery or a replay from the start re-creates nothing of the purged tenant. The tenants topic
   * is the register that says it is deleted: its messages are always handled.
   */
  private async ofDeletedTenant(message: DeliveredMessage): Promise<boolean> {
    if (!this.tenants || message.topic === TOPICS.tenants) return false;
    return this.tenants.isDeleted(message.event.tenantid);
  }

  private async lease(role: ProjectionRunner | IntegrationGateway, name: string): Promise<void> {
    const leased = new LeasedRole(this.adapters.leases, name, role, (error) => this.logger.error(`${name}: ${describe(error)}`));
    this.roles.set(role, leased);
    await leased.begin();
  }

  /** True where this replica holds the role's lease (and so runs it). */
  private holds(role: ProjectionRunner | IntegrationGateway | null): role is ProjectionRunner | IntegrationGateway {
    return role !== null && this.roles.get(role)?.held === true;
  }

  /** Folds the documents of personal data again after each erasure (see ErasureReplays), on whichever replica runs them. */
  private replayAfterErasures(): void {
    const { eventStore: store, documents, checkpoints } = this.adapters;
    const replays = (this.erasureReplays = new ErasureReplays({
      store,
      documents,
      checkpoints,
      declarations: PERSONAL_DATA,
      held: () =>
        this.contributions.projections.flatMap((projection) => {
          const runner = this.runners.get(projection.name);
          const role = runner && this.roles.get(runner);
          return role?.held ? [{ projection, whilePaused: <T>(work: () => Promise<T>) => role.whilePaused(work) }] : [];
        }),
    }));
    const request = () => {
      if (this.stopped) return;
      // One cut short by a stop (the store closed under it) is made again at the next start.
      replays.request().catch((error: unknown) => {
        if (!this.stopped) this.logger.error(`replay after an erasure failed: ${describe(error)}`);
      });
    };
    this.erased?.onErasureHandled(request);
    this.erasureTimer = setInterval(request, ERASURE_CHECK_MS);
    this.erasureTimer.unref();
    request();
  }

  /** A timer whose kind no module here handles fails, so it is retried (another replica may handle it). */
  private async dispatchTimer(timer: Timer): Promise<void> {
    const handler = this.contributions.timerHandlers.get(timer.kind);
    if (!handler) throw new Error(`No handler for timer kind ${timer.kind} in this process`);
    await handler(timer);
  }

  /**
   * Resolves once every projection and the gateway this replica runs have caught up with what was in
   * the log when they started, after any replay that follows an erasure (it stops its projections).
   */
  async caughtUp(): Promise<void> {
    for (;;) {
      await this.erasureReplays?.idle();
      const running = [...this.runners.values(), this.gateway].filter((role) => this.holds(role));
      try {
        await Promise.all(running.map((role) => role.caughtUp()));
      } catch (error) {
        if (!this.erasureReplays?.busy) throw error;
      }
      if (!this.erasureReplays?.busy) return;
    }
  }

  async progress(): Promise<ProgressSnapshot> {
    const head = await this.adapters.eventStore.headPosition();
    // Lag counts only what is pending in each projection's own categories, not the whole log since its position.
    // Only what this replica runs: another replica's position is its own to report.
    const projections = [...this.runners]
      .filter(([, runner]) => this.holds(runner))
      .map(([name, runner]): SubscriberProgress => ({ name, position: runner.position(), lag: runner.lag(head) }));
    // The bus answers for the groups this process subscribed; a broker that does not answer leaves them out of this scrape.
    const consumers = await this.adapters.bus.consumerLag().catch((error: unknown) => {
      this.logger.warn(`consumer lag unavailable: ${describe(error)}`);
      return [];
    });
    return { projections, gateway: this.holds(this.gateway) ? { position: await this.gateway.position() } : null, consumers };
  }

  /**
   * Runs `work` (appending a whole history at once, e.g. a restored tenant archive) with the gateway
   * paused, so that no service reacts to part of it and writes where the rest is still to go; the
   * gateway then publishes all of it from its checkpoint.
   */
  async withPublishingPaused<T>(work: () => Promise<T>): Promise<T> {
    const gateway = this.gateway && this.roles.get(this.gateway);
    return gateway ? gateway.whilePaused(work) : work();
  }

  /** Stops whatever produces work first (timers, consumers), then the subscribers, which flush their checkpoints. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.erasureTimer) clearInterval(this.erasureTimer);
    if (this.schedulerStarted) await this.adapters.scheduler.stop();
    await Promise.all(this.consumers.map((c) => c.stop()));
    await Promise.all([...this.roles.values()].map((role) => role.end()));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
    await this.adapters.close();
    this.logger.log('stopped subscribers and closed the adapters');
    await this.options.onShutdown?.();
  }
}
