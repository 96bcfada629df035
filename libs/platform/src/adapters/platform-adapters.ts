import type { CheckpointStore, EventStore, Leases } from '@deskstream/kernel';
import type { Inbox, IntegrationBus } from '@deskstream/messaging';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import type { PersonalKeys } from '../privacy/personal-keys';
import type { TenantPurge } from '../privacy/tenant-purge';
import type { ProcessLink } from './writer-link';

/** The adapters the readiness probe checks, by the name it reports them under. */
export const ADAPTER_NAMES = ['eventStore', 'bus', 'documents', 'scheduler'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

/**
 * Every port bound to one backend (embedded SQLite or KurrentDB + Kafka + MongoDB), with a probe per
 * adapter and one close that releases the connections in the right order.
 */
export interface PlatformAdapters {
  readonly eventStore: EventStore;
  readonly bus: IntegrationBus;
  readonly inbox: Inbox;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  /** Where the replicas of a service agree which one runs the gateway and each projection (beside the checkpoints). */
  readonly leases: Leases;
  readonly scheduler: Scheduler;
  /** The keys personal data in events is sealed with; erasing a person deletes theirs. */
  readonly personalKeys: PersonalKeys;
  /** Removes a deleted tenant's data from every adapter but the bus (see AdaptersTenantPurge). */
  readonly tenantPurge: TenantPurge;
  /** Beside edge processes (`DESKSTREAM_WORKERS`): whose progress /metrics reports. Absent for a process on its own. */
  readonly processLink?: ProcessLink;
  /** Resolves when the adapter answers, rejects with the reason when it does not. */
  readonly probes: Readonly<Record<AdapterName, () => Promise<void>>>;
  close(): Promise<void>;
}
