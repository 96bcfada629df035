import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../api/client';
import type { Page, SlaClock, TicketSummary } from '../api/types';

export interface QueueFilters {
  readonly status?: string;
  readonly group?: string;
  readonly assignee?: string;
  readonly priority?: string;
  readonly q?: string;
}

/** Every page of a list, up to a bound: the queue is sorted and virtualised on the client. */
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

/** The incident queue and the SLA clocks on it, refreshed every few seconds while live updates are on. */
export function useQueue(filters: QueueFilters, live: boolean) {
  const refetchInterval = live ? 3_000 : false;
  const incidents = useQuery({
    queryKey: ['queue', filters],
    queryFn: () => allPages<TicketSummary>('/incidents', { ...filters }),
    refetchInterval,
    placeholderData: keepPreviousData,
  });
  const clocks = useQuery({
    queryKey: ['queue-clocks'],
    queryFn: () => allPages<SlaClock>('/sla/clocks', {}),
    refetchInterval,
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
