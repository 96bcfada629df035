import type { Message, Workflow } from '@deskstream/kernel';

/** What the quiet period listens to, in the incident's terms. */
export type QuietPeriodInput =
  | Message<'IncidentResolved', { readonly incidentId: string; readonly autoCloseDueAt: string }>
  | Message<'IncidentReopened' | 'IncidentClosed' | 'IncidentCancelled', { readonly incidentId: string }>;

export type AutoCloseCommand =
  Message<'ScheduleAutoClose', { readonly incidentId: string; readonly dueAt: string }> | Message<'CancelAutoClose', { readonly incidentId: string }>;

/**
 * The quiet period after a resolution: a resolution (again) sets the incident's one close timer to
 * its due instant; a reopening, a close (by the caller or the timer) or a cancellation ends the wait.
 * The timer's own close is a no-op when no longer due, so a stale timer changes nothing.
 */
export const autoCloseWorkflow: Workflow<QuietPeriodInput, AutoCloseCommand, null> = {
  decide(input) {
    const { incidentId } = input.data;
    if (input.type === 'IncidentResolved') return [{ type: 'ScheduleAutoClose', data: { incidentId, dueAt: input.data.autoCloseDueAt } }];
    return [{ type: 'CancelAutoClose', data: { incidentId } }];
  },
};
