import { stringify } from 'csv-stringify/sync';
import { commandHandler, NotFound, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { traced } from '@deskstream/platform';
import { pageWithTotal, type DocumentStore } from '@deskstream/readmodels';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import { checkQuery, type ReportQuery } from '../domain/report-query';
import { nextRunAfter, periodBefore, savedQueryDecider, type SavedQuery, type SavedQueryState } from '../domain/saved-query.decider';
import type { ReportingQueries } from './reporting-queries';
import { savedQueryStream as streamOf } from './reporting-streams';
import { SAVED_QUERIES_COLLECTION, type SavedQueryDocument } from './saved-queries.projection';

export const SAVED_QUERY_TIMER = 'reporting.saved-query-run';
const timerPrefix = (id: string): string => `saved-query:${id}@`;

interface RunDue {
  readonly id: string;
}

export interface SavedQueryPageRequest {
  readonly cursor?: string;
  readonly limit: number;
  readonly count?: boolean;
}

/** A saved query as the API shows it: its schedule, the periods it has run for, and when it runs next. */
export type SavedQueryView = SavedQuery & { readonly runs: number; readonly lastRunFor: string | null; readonly nextRunAt: string | null };

/**
 * Saved analyst queries, each on its own stream; a scheduled one runs on a durable timer per period
 * (its id names the period, so a period's timer is never confused with the next), records the run with
 * its CSV once per period, and the run's integration event takes the CSV to the notification path.
 */
export class SavedQueries {
  private readonly handler;

  constructor(
    store: EventStore,
    private readonly documents: DocumentStore,
    private readonly queries: ReportingQueries,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.handler = commandHandler(savedQueryDecider, { store, clock, ids });
  }

  async save(context: CommandContext, savedQuery: SavedQuery): Promise<{ savedQuery: SavedQuery; nextRunAt: string | null }> {
    const now = this.clock.now();
    checkQuery(this.reportQuery(savedQuery, { from: new Date(now.getTime() - 1), to: now }), { enterprise: false });
    await this.handler.handle(
      streamOf(context.tenantId, savedQuery.id),
      { type: 'SaveQuery', data: { savedQuery, by: context.actor, at: now.toISOString() } },
      context,
    );
    for (const timer of await this.timersOf(context.tenantId, savedQuery.id)) await this.scheduler.cancel(context.tenantId, timer.id);
    const next = savedQuery.schedule ? nextRunAfter(savedQuery.schedule, now) : null;
    if (next) await this.scheduleRun(context.tenantId, savedQuery.id, next);
    return { savedQuery, nextRunAt: next?.toISOString() ?? null };
  }

  async get(tenantId: string, id: string): Promise<Extract<SavedQueryState, { status: 'saved' }> & { nextRunAt: string | null }> {
    const { state } = await this.handler.load(streamOf(tenantId, id));
    if (state.status !== 'saved') throw new NotFound('Saved query', id);
    const [timer] = await this.timersOf(tenantId, id);
    return { ...state, nextRunAt: timer?.dueAt.toISOString() ?? null };
  }

  /** The tenant's saved queries in id order, a page at a time, each with its next run from the pending timers. */
  async list(tenantId: string, request: SavedQueryPageRequest) {
    const collection = this.documents.collection<SavedQueryDocument>(SAVED_QUERIES_COLLECTION);
    const page = await pageWithTotal(collection, tenantId, { limit: request.limit, ...(request.cursor ? { cursor: request.cursor } : {}) }, request.count);
    const nextRuns = new Map<string, string>();
    for (const timer of await this.scheduler.pending(tenantId)) {
      if (timer.kind === SAVED_QUERY_TIMER) nextRuns.set((timer.payload as RunDue).id, timer.dueAt.toISOString());
    }
    const items: SavedQueryView[] = page.items.map(({ id, name, query, schedule, runs, lastRunFor }) => ({
      id,
      name,
      query,
      schedule,
      runs,
      lastRunFor,
      nextRunAt: nextRuns.get(id) ?? null,
    }));
    return { ...page, items };
  }

  /** Deletes a saved query and cancels its schedule: a timer that fires anyway finds it deleted and mails nothing. */
  async delete(context: CommandContext, id: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.handler.handle(streamOf(context.tenantId, id), { type: 'DeleteSavedQuery', data: { id, by: context.actor, at } }, context);
    for (const timer of await this.timersOf(context.tenantId, id)) await this.scheduler.cancel(context.tenantId, timer.id);
  }

  /** The timer of one period: runs the query over the period before it, records the run once, and sets the next period's timer. */
  async runDue(timer: Timer): Promise<void> {
    const { id } = timer.payload as RunDue;
    const { state } = await this.handler.load(streamOf(timer.tenantId, id));
    if (state.status !== 'saved' || !state.savedQuery.schedule) return;
    const { savedQuery } = state;
    const schedule = savedQuery.schedule!;
    const period = periodBefore(schedule.every, timer.dueAt);
    const table = await this.queries.query(timer.tenantId, this.reportQuery(savedQuery, period), { enterprise: false, granted: false });
    const csv = stringify(table.rows as unknown[][], { header: true, columns: [...table.columns], cast: { boolean: (value) => String(value) } });
    const context = traced({ tenantId: timer.tenantId, actor: 'system:reporting', correlationId: timer.id, causationId: `timer:${timer.id}` });
    const at = this.clock.now().toISOString();
    const recorded = await this.handler.handle(
      streamOf(timer.tenantId, id),
      { type: 'RecordRun', data: { to: timer.dueAt.toISOString(), csv, rows: table.rows.length, at } },
      context,
    );
    // Deleted while this run was querying: it recorded nothing, and no next period follows.
    if (recorded.state.status === 'saved') await this.scheduleRun(timer.tenantId, id, nextRunAfter(schedule, timer.dueAt));
  }

  private reportQuery(savedQuery: SavedQuery, period: { from: Date; to: Date }): ReportQuery {
    const { metrics, groupBy, filters, bucket } = savedQuery.query;
    return { metrics, groupBy, filters, bucket, from: period.from.toISOString(), to: period.to.toISOString(), asOf: null };
  }

  private scheduleRun(tenantId: string, id: string, dueAt: Date): Promise<void> {
    const payload: RunDue = { id };
    return this.scheduler.schedule({ id: `${timerPrefix(id)}${dueAt.toISOString()}`, tenantId, kind: SAVED_QUERY_TIMER, dueAt, payload });
  }

  private async timersOf(tenantId: string, id: string): Promise<Timer[]> {
    return (await this.scheduler.pending(tenantId)).filter((timer) => timer.kind === SAVED_QUERY_TIMER && timer.id.startsWith(timerPrefix(id)));
  }
}
