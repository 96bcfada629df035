import { parseStreamName, streamName, type EventStore, type RecordedEvent, type Subscription } from '@deskstream/kernel';
import { recordedAs } from '@deskstream/readmodels';
import type { Principal } from '@deskstream/platform';
import { audienceOf, type Audience } from '../domain/incident.access';
import type { IncidentEvent } from '../domain/incident.events';
import { TICKET_SLA_CATEGORY, type TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { INCIDENT_CATEGORY } from './incident-detail.projection';
import { applyToSummary, incidentQueueProjection, presentSummary, type IncidentSummary } from './incident-queue.projection';

/** One queue row as it stands after a change, and the change's place in the log. */
export interface QueueChange {
  readonly row: ReturnType<typeof presentSummary>;
  readonly position: number;
}

export interface QueueListener {
  change(change: QueueChange): void;
  /** The feed stopped (the app shuts down, or the store's subscription failed): the client reconnects. */
  end(): void;
}

interface Listening {
  readonly audience: Audience;
  readonly listener: QueueListener;
}

/**
 * Incident queue rows as they change, tenant by tenant: one subscription to the store from its head,
 * shared by every listener of this process and started only while someone listens. Each row is folded
 * from its own streams by the queue's reducer, so it is exact at the change whether or not the queue's
 * projection (which may run on another replica) has got there yet. A listener hears only its own
 * tenant's tickets, and a requester only their own.
 */
export class IncidentQueueFeed {
  private readonly tenants = new Map<string, Set<Listening>>();
  private subscription: Promise<Subscription> | null = null;

  constructor(private readonly store: EventStore) {}

  /** Resolves once the listener is live: every change committed after that reaches it. Returns how to stop. */
  async listen(principal: Principal, listener: QueueListener): Promise<() => Promise<void>> {
    const listening: Listening = { audience: audienceOf(principal), listener };
    const listeners = this.tenants.get(principal.tenantId) ?? new Set<Listening>();
    listeners.add(listening);
    this.tenants.set(principal.tenantId, listeners);
    this.subscription ??= this.subscribe();
    await this.subscription;
    return () => this.forget(principal.tenantId, listening);
  }

  /** Ends every listener's stream and the subscription: open streams would otherwise hold the server open. */
  async close(): Promise<void> {
    const everyone = [...this.tenants.values()].flatMap((listeners) => [...listeners]);
    this.tenants.clear();
    for (const { listener } of everyone) listener.end();
    await this.stop();
  }

  private async forget(tenantId: string, listening: Listening): Promise<void> {
    const listeners = this.tenants.get(tenantId);
    listeners?.delete(listening);
    if (listeners?.size === 0) this.tenants.delete(tenantId);
    if (this.tenants.size === 0) await this.stop();
  }

  private async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await (await subscription)?.stop();
  }

  private async subscribe(): Promise<Subscription> {
    const head = await this.store.headPosition();
    const subscription = this.store.subscribe((event) => this.changed(event), {
      after: head,
      categories: [INCIDENT_CATEGORY, TICKET_SLA_CATEGORY],
      onError: () => this.failed(),
    });
    await subscription.caughtUp;
    return subscription;
  }

  private failed(): void {
    const everyone = [...this.tenants.values()].flatMap((listeners) => [...listeners]);
    this.tenants.clear();
    this.subscription = null;
    for (const { listener } of everyone) listener.end();
  }

  private async changed(event: RecordedEvent): Promise<void> {
    const { tenantId, id } = parseStreamName(event.streamId);
    const listeners = this.tenants.get(tenantId);
    if (!listeners?.size) return;
    const doc = await this.rowAt(tenantId, id, event.position);
    if (!doc) return;
    const change: QueueChange = { row: presentSummary(doc), position: event.position };
    for (const { audience, listener } of [...listeners]) {
      if (audience.kind === 'desk' || audience.userId === doc.caller) listener.change(change);
    }
  }

  /** The row as the queue's projection has it after `position`: the incident's events and its SLA clock's, in log order. */
  private async rowAt(tenantId: string, id: string, position: number): Promise<IncidentSummary | null> {
    const [incident, clock] = await Promise.all([
      this.store.readStream(streamName(INCIDENT_CATEGORY, tenantId, id)),
      this.store.readStream(streamName(TICKET_SLA_CATEGORY, tenantId, id)),
    ]);
    const events = recordedAs<IncidentEvent | TicketSlaClockObserved>(
      [...incident, ...clock]
        .filter((event) => event.position <= position && incidentQueueProjection.handles.includes(event.type))
        .sort((a, b) => a.position - b.position),
    );
    return events.reduce<IncidentSummary | null>((doc, event) => applyToSummary(doc, event), null);
  }
}
