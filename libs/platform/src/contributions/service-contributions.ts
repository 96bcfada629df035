import { Injectable } from '@nestjs/common';
import type { DeliveredMessage, IntegrationEventMapper } from '@deskstream/messaging';
import type { Projection, StoredDocument } from '@deskstream/readmodels';
import type { Timer } from '@deskstream/scheduling';
import type { DeskFiguresSource } from '../metrics/desk-metrics';

/**
 * The concurrency for a consumer whose effects on different keys do not contend (one stream per key):
 * enough keys in flight that a batch shares a few commits rather than taking one each, few enough that
 * a consumer does not crowd out the requests being served.
 */
export const KEYS_AT_ONCE = 16;

export interface IntegrationConsumer {
  /** Consumer group and inbox name, e.g. `sla.incident-events`. */
  readonly name: string;
  readonly topics: readonly string[];
  /** Keys handled at once per partition (see `ConsumerOptions.concurrency`); default 1, in offset order. */
  readonly concurrency?: number;
  handle(message: DeliveredMessage): Promise<void>;
  /**
   * For a consumer that keeps a copy of its documents in memory (the tenant registry): drops it, so
   * the next read takes the documents as they are. An edge process, which runs no consumer, is told
   * to forget each time its writer's consumer of the same name has handled a message.
   */
  forget?(): void;
}

/** Files a service keeps for a tenant outside the event store (e.g. mail attachments), which a tenant's archive carries. */
export interface TenantFileSource {
  /** The folder name in the archive, e.g. `attachments`. */
  readonly name: string;
  /** Where this process keeps the tenant's files of this kind. */
  dirOf(tenantId: string): string;
}

/**
 * What a service keeps of a tenant beyond the platform's adapters (an in-memory search index, files
 * in GridFS), forgotten in each process that learns the tenant is deleted (its grace period over).
 * Run again for the same tenant (a redelivery), it finds nothing left.
 */
export interface ServiceTenantPurge {
  readonly name: string;
  purge(tenantId: string): Promise<void>;
}

/**
 * What service modules hand to the platform: projections to run, integration mappers for the gateway,
 * consumers of integration events and timer handlers. Modules register in `onModuleInit`; the platform
 * starts everything on application bootstrap and stops it (flushing checkpoints) on shutdown.
 */
@Injectable()
export class ServiceContributions {
  readonly projections: Projection<StoredDocument>[] = [];
  readonly mappers: IntegrationEventMapper[] = [];
  readonly consumers: IntegrationConsumer[] = [];
  readonly timerHandlers = new Map<string, (timer: Timer) => Promise<void>>();
  readonly tenantFiles: TenantFileSource[] = [];
  readonly tenantPurges: ServiceTenantPurge[] = [];
  readonly deskFigures: DeskFiguresSource[] = [];

  addProjection<T extends StoredDocument>(projection: Projection<T>): void {
    this.projections.push(projection as unknown as Projection<StoredDocument>);
  }

  addMapper(mapper: IntegrationEventMapper): void {
    this.mappers.push(mapper);
  }

  addConsumer(consumer: IntegrationConsumer): void {
    this.consumers.push(consumer);
  }

  /** Figures of the desk this service counts from its read models, for `/metrics`. */
  addDeskFigures(source: DeskFiguresSource): void {
    this.deskFigures.push(source);
  }

  addTenantFiles(source: TenantFileSource): void {
    if (this.tenantFiles.some((known) => known.name === source.name)) throw new Error(`Tenant files ${source.name} are already registered`);
    this.tenantFiles.push(source);
  }

  addTenantPurge(purge: ServiceTenantPurge): void {
    if (this.tenantPurges.some((known) => known.name === purge.name)) throw new Error(`Tenant purge ${purge.name} is already registered`);
    this.tenantPurges.push(purge);
  }

  onTimer(kind: string, handler: (timer: Timer) => Promise<void>): void {
    if (this.timerHandlers.has(kind)) throw new Error(`Timer kind ${kind} already has a handler`);
    this.timerHandlers.set(kind, handler);
  }
}
