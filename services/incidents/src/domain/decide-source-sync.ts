import { ValidationFailed } from '@deskstream/kernel';
import type { RecordSourceSync } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import type { IncidentState } from './incident.state';
import { existing } from './lifecycle.rules';

/** An import marks how far it brought the incident; an update already reflected is never recorded twice. */
export function recordSourceSync(command: RecordSourceSync, state: IncidentState): IncidentEvent[] {
  const incident = existing(state);
  const { sourceReference, sourceUpdate, met, by, at } = command.data;
  if (!Number.isSafeInteger(sourceUpdate) || sourceUpdate < 0) {
    throw new ValidationFailed([{ field: 'sourceUpdate', message: 'sourceUpdate must be a whole number' }]);
  }
  if (incident.sourceUpdate !== undefined && incident.sourceUpdate >= sourceUpdate) return [];
  return [{ type: 'IncidentSyncedFromSource', data: { sourceReference, sourceUpdate, ...(met ? { met } : {}), by, at } }];
}
