import { assertNever, NotFound, ValidationFailed, type Decider, type FieldError, type Message } from '@deskstream/kernel';
import type { Bucket } from './report-query';

export const SCHEDULE_PERIODS = ['daily', 'weekly'] as const;
export type SchedulePeriod = (typeof SCHEDULE_PERIODS)[number];

/** The analyst query without its range: a scheduled run covers the period just ended. */
export interface SavedQuerySpec {
  readonly metrics: readonly string[];
  readonly groupBy: readonly string[];
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly bucket: Bucket | null;
}

/** Daily at `at` (UTC, HH:mm); weekly on Mondays at `at`. Each run mails the CSV of the period before it. */
export interface QuerySchedule {
  readonly every: SchedulePeriod;
  readonly at: string;
  readonly recipients: readonly string[];
}

export interface SavedQuery {
  readonly id: string;
  readonly name: string;
  readonly query: SavedQuerySpec;
  readonly schedule: QuerySchedule | null;
}

export type SavedQuerySaved = Message<'SavedQuerySaved', { readonly savedQuery: SavedQuery; readonly by: string; readonly at: string }>;
/** One scheduled run, for the period [from, to): its CSV and whom to mail it to, for the notification path. */
export type SavedQueryRan = Message<
  'SavedQueryRan',
  {
    readonly id: string;
    readonly name: string;
    readonly every: SchedulePeriod;
    readonly recipients: readonly string[];
    readonly from: string;
    readonly to: string;
    readonly csv: string;
    readonly rows: number;
    readonly at: string;
  }
>;
export type SavedQueryDeleted = Message<'SavedQueryDeleted', { readonly id: string; readonly by: string; readonly at: string }>;
export type SavedQueryEvent = SavedQuerySaved | SavedQueryRan | SavedQueryDeleted;

export type SaveQuery = Message<'SaveQuery', { readonly savedQuery: SavedQuery; readonly by: string; readonly at: string }>;
export type RecordRun = Message<'RecordRun', { readonly to: string; readonly csv: string; readonly rows: number; readonly at: string }>;
export type DeleteSavedQuery = Message<'DeleteSavedQuery', { readonly id: string; readonly by: string; readonly at: string }>;
export type SavedQueryCommand = SaveQuery | RecordRun | DeleteSavedQuery;

export type SavedQueryState =
  | { readonly status: 'none' }
  | { readonly status: 'saved'; readonly savedQuery: SavedQuery; readonly lastRunFor: string | null; readonly runs: number }
  | { readonly status: 'deleted' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MS = 86_400_000;
const periodMs = (every: SchedulePeriod): number => (every === 'daily' ? DAY_MS : 7 * DAY_MS);

/**
 * The first instant a schedule fires strictly after `after`: the next `at` (UTC), on a Monday for a
 * weekly schedule. UTC has no DST, so every period is exactly one day or one week long.
 */
export function nextRunAfter(schedule: Pick<QuerySchedule, 'every' | 'at'>, after: Date): Date {
  const [hours, minutes] = schedule.at.split(':').map(Number) as [number, number];
  const day = Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate());
  let candidate = day + (hours * 60 + minutes) * 60_000;
  if (schedule.every === 'weekly') candidate += ((8 - new Date(day).getUTCDay()) % 7) * DAY_MS;
  while (candidate <= after.getTime()) candidate += periodMs(schedule.every);
  return new Date(candidate);
}

/** The period a run firing at `to` reports on: the day or week before it. */
export const periodBefore = (every: SchedulePeriod, to: Date): { from: Date; to: Date } => ({ from: new Date(to.getTime() - periodMs(every)), to });

function check(savedQuery: SavedQuery): void {
  const errors: FieldError[] = [];
  const { schedule } = savedQuery;
  if (schedule) {
    if (!TIME.test(schedule.at)) errors.push({ field: 'schedule.at', message: 'must be HH:mm (UTC)' });
    if (schedule.recipients.length === 0) errors.push({ field: 'schedule.recipients', message: 'a schedule mails at least one recipient' });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}

function decide(command: SavedQueryCommand, state: SavedQueryState): SavedQueryEvent[] {
  switch (command.type) {
    case 'SaveQuery':
      check(command.data.savedQuery);
      return [{ type: 'SavedQuerySaved', data: command.data }];
    case 'RecordRun': {
      // Once per period: a timer that fires again for a period already run (a restart mid-run) records nothing.
      if (state.status !== 'saved' || !state.savedQuery.schedule) return [];
      if (state.lastRunFor !== null && Date.parse(command.data.to) <= Date.parse(state.lastRunFor)) return [];
      const { id, name, schedule } = state.savedQuery;
      const { from } = periodBefore(schedule.every, new Date(command.data.to));
      const { every, recipients } = schedule;
      return [{ type: 'SavedQueryRan', data: { id, name, every, recipients, from: from.toISOString(), ...command.data } }];
    }
    case 'DeleteSavedQuery':
      // A deleted query is gone: deleting it again finds nothing, as for one never saved.
      if (state.status !== 'saved') throw new NotFound('Saved query', command.data.id);
      return [{ type: 'SavedQueryDeleted', data: command.data }];
    default:
      return assertNever(command, 'saved query command');
  }
}

function evolve(state: SavedQueryState, event: SavedQueryEvent): SavedQueryState {
  switch (event.type) {
    case 'SavedQuerySaved':
      // Saved again under the id of a deleted one, it is a new query: its runs count from zero.
      return {
        status: 'saved',
        savedQuery: event.data.savedQuery,
        lastRunFor: state.status === 'saved' ? state.lastRunFor : null,
        runs: state.status === 'saved' ? state.runs : 0,
      };
    case 'SavedQueryRan':
      return state.status === 'saved' ? { ...state, lastRunFor: event.data.to, runs: state.runs + 1 } : state;
    case 'SavedQueryDeleted':
      return { status: 'deleted' };
    default:
      return assertNever(event, 'saved query event');
  }
}

export const savedQueryDecider: Decider<SavedQueryCommand, SavedQueryEvent, SavedQueryState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
