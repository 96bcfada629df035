import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, query } from '../api/client';
import type { Page, SlaClock, TicketSummary } from '../api/types';
import { queueSortOf } from './queue-sort';

export interface QueueFilters {
  readonly status?: string;
  readonly group?: string;
  readonly assignee?: string;
  readonly priority?: string;
  readonly q?: string;
}

/** Every page of a list in the API's order, up to a bound: the queue is virtualised on the client. */
async function allPages<T>(path: string, params: Record<string, string | undefined>, max = 5_000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null | undefined;
  do {
    const page: Page<T> = await api<Page<T>>(`${path}${query({ ...params, limit: 200, cursor: cursor ?? undefined })}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** The incident queue in the order asked for (`sort` as the API takes it) and the SLA clocks on it; the API's stream of changes refreshes them (useQueueChanges). */
export function useQueue(filters: QueueFilters, sort: string) {
  const incidents = useQuery({
    queryKey: ['queue', filters, sort],
    queryFn: () => allPages<TicketSummary>('/incidents', { ...filters, sort }),
    placeholderData: keepPreviousData,
  });
  const clocks = useQuery({
    queryKey: ['queue-clocks'],
    queryFn: () => allPages<SlaClock>('/sla/clocks', {}),
  });
  return { incidents, clocks };
}

export function clocksByReference(clocks: readonly SlaClock[] | undefined): Map<string, SlaClock[]> {
  const map = new Map<string, SlaClock[]>();
  for (const clock of clocks ?? []) {
    const list = map.get(clock.reference) ?? [];
    list.push(clock);
    map.set(clock.reference, list);
  }
  return map;
}

const FILTER_NAMES = ['status', 'group', 'assignee', 'priority', 'q'] as const;

/** The queue's filters as the address carries them. */
export function filtersOf(params: URLSearchParams): QueueFilters {
  return Object.fromEntries(FILTER_NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
}

/** The tickets before and after `reference` in the queue as filtered and sorted by the address. */
export function useNeighbours(reference: string, params: URLSearchParams) {
  const { incidents } = useQueue(filtersOf(params), queueSortOf(params.get('sort')));
  return useMemo(() => {
    const rows = incidents.data ?? [];
    const at = rows.findIndex((row) => row.reference === reference);
    return { previous: at > 0 ? rows[at - 1]!.reference : null, next: at >= 0 && at < rows.length - 1 ? rows[at + 1]!.reference : null };
  }, [incidents.data, reference]);
}
