import type { Workflow } from '@deskstream/kernel';
import type { IncidentCommand, ResolveIncident } from './incident.commands';
import { isOpen, type IncidentState } from './incident.state';
import { MAX_TEXT_LENGTH } from './text.rules';

/** The master's resolution, as each of its children receives it. */
export interface MasterResolved {
  readonly masterIncidentId: string;
  readonly masterReference: string;
  readonly resolution: Omit<ResolveIncident['data'], 'masterIncidentId'>;
}

/**
 * A major incident's children are resolved with it, each with the master's closing category and a
 * note that names the master; a child already resolved, closed or cancelled, or one that is no longer
 * the master's child, is left as it is. Decided per child on the child's own state.
 */
export const majorIncidentCascadeWorkflow: Workflow<MasterResolved, IncidentCommand, IncidentState> = {
  decide({ masterIncidentId, masterReference, resolution }, child) {
    if (child.status === 'none' || !isOpen(child.status) || child.masterIncidentId !== masterIncidentId) return [];
    const notes = `Resolved with major incident ${masterReference}: ${resolution.notes}`.slice(0, MAX_TEXT_LENGTH);
    return [{ type: 'ResolveIncident', data: { ...resolution, notes, masterIncidentId } }];
  },
};
