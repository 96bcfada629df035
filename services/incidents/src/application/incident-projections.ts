import type { Projection, StoredDocument } from '@deskstream/readmodels';
import { deskFiguresProjection } from './desk-figures.projection';
import { incidentDetailProjection } from './incident-detail.projection';
import { incidentQueueProjection, myIncidentsProjection } from './incident-queue.projection';

/** The read models the incidents service projects from its incident streams: what an import of history feeds. */
export const INCIDENT_PROJECTIONS: readonly Projection<StoredDocument>[] = [
  incidentDetailProjection,
  incidentQueueProjection,
  myIncidentsProjection,
  deskFiguresProjection,
] as unknown as readonly Projection<StoredDocument>[];
