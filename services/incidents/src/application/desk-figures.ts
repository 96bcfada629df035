import type { DeskFigure, DeskFigures } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { OPEN_STATUSES } from '../domain/incident.state';
import { DESK_FIGURE_SHARDS, deskFiguresProjection, type DeskFiguresDocument } from './desk-figures.projection';
import { incidentQueueProjection } from './incident-queue.projection';

const byPriority = (tenant: string, counts: Readonly<Record<string, number>>): DeskFigure[] =>
  Object.entries(counts).map(([priority, value]) => ({ tenant, priority, value }));

/** The shares' counts added up, priority by priority. */
function summed(shares: readonly DeskFiguresDocument[], counts: (share: DeskFiguresDocument) => Readonly<Record<string, number>>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const share of shares) for (const [priority, value] of Object.entries(counts(share))) total[priority] = (total[priority] ?? 0) + value;
  return total;
}

/** The incidents side of the desk's metrics: counts from the figures projection, the backlog from the queue. */
export function incidentDeskFigures(documents: DocumentStore) {
  return async (tenants: readonly string[]): Promise<DeskFigures> => {
    const figures = documents.collection<DeskFiguresDocument>(deskFiguresProjection.collection);
    const queue = documents.collection(incidentQueueProjection.collection);
    const perTenant = await Promise.all(
      tenants.map(async (tenant) => {
        const [shares, backlog] = await Promise.all([
          figures.find(tenant, { limit: DESK_FIGURE_SHARDS }),
          queue.countBy(tenant, ['status'], { status: { $in: [...OPEN_STATUSES] } }),
        ]);
        return {
          opened: byPriority(
            tenant,
            summed(shares.items, (share) => share.opened),
          ),
          resolved: byPriority(
            tenant,
            summed(shares.items, (share) => share.resolved),
          ),
          backlog: backlog.map(({ key, count }) => ({ tenant, status: String(key.status), value: count })),
        };
      }),
    );
    return {
      opened: perTenant.flatMap((figures) => figures.opened),
      resolved: perTenant.flatMap((figures) => figures.resolved),
      backlog: perTenant.flatMap((figures) => figures.backlog),
    };
  };
}
