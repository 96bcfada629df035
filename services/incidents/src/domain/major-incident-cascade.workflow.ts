import type { Workflow } from '@deskstream/kernel';
import type { IncidentCommand, ResolveIncident } from './incident.commands';
import type { IncidentEvent, IncidentResolved } from './incident.events';
import { isOpen, type IncidentState } from './incident.state';
import { MAX_TEXT_LENGTH } from './text.rules';

/** The master's resolution, as each of its children receives it. */
export interface MasterResolved {
  readonly masterIncidentId: string;
  readonly masterReference: string;
  readonly resolution: Omit<ResolveIncident['data'], 'masterIncidentId'>;
}

/** The tenant's settings each child's resolution is checked against. */
export type CascadeSettings = Pick<ResolveIncident['data'], 'closingCategories' | 'quietPeriodDays'>;

/** A cascade to run: the master's resolution and the children it goes to. */
export interface Cascade {
  readonly resolved: MasterResolved;
  readonly childIncidentIds: readonly string[];
}

/**
 * Whether the master's new events start a cascade: they do when they resolve it, and then its children
 * are resolved with what it was resolved with (category, code, notes, by whom and when).
 */
export function cascadeFrom(master: IncidentState, newEvents: readonly IncidentEvent[], settings: CascadeSettings): Cascade | null {
  const resolution = newEvents.find((event): event is IncidentResolved => event.type === 'IncidentResolved');
  if (!resolution || master.status === 'none') return null;
  const { closingCategory, resolutionCode, notes, resolvedBy, at } = resolution.data;
  return {
    resolved: {
      masterIncidentId: master.incidentId,
      masterReference: master.reference,
      resolution: {
        closingCategory,
        resolutionCode,
        notes,
        closingCategories: settings.closingCategories,
        quietPeriodDays: settings.quietPeriodDays,
        by: resolvedBy,
        at,
      },
    },
    childIncidentIds: master.major?.childIncidentIds ?? [],
  };
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
