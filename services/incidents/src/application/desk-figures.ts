import type { DeskFigure, DeskFigures } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { OPEN_STATUSES } from '../domain/incident.state';
import { DESK_FIGURES_ID, deskFiguresProjection, type DeskFiguresDocument } from './desk-figures.projection';
import { incidentQueueProjection } from './incident-queue.projection';

const byPriority = (tenant: string, counts: Readonly<Record<string, number>>): DeskFigure[] =>
  Object.entries(counts).map(([priority, value]) => ({ tenant, priority, value }));

/** The incidents side of the desk's metrics: counts from the figures projection, the backlog from the queue. */
export function incidentDeskFigures(documents: DocumentStore) {
  return async (tenants: readonly string[]): Promise<DeskFigures> => {
    const figures = documents.collection<DeskFiguresDocument>(deskFiguresProjection.collection);
    const queue = documents.collection(incidentQueueProjection.collection);
    const perTenant = await Promise.all(
      tenants.map(async (tenant) => {
        const [counts, backlog] = await Promise.all([
          figures.get(tenant, DESK_FIGURES_ID),
          queue.countBy(tenant, ['status'], { status: { $in: [...OPEN_STATUSES] } }),
        ]);
        return {
          opened: byPriority(tenant, counts?.opened ?? {}),
          resolved: byPriority(tenant, counts?.resolved ?? {}),
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
