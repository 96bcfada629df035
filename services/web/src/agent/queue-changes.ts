import { useQueryClient } from '@tanstack/react-query';
import { EventSource } from 'eventsource';
import { useEffect, useState } from 'react';
import { bearerFetch } from '../api/client';

/** What the live queue is doing: pushed changes arriving, (re)connecting, or paused by the agent. */
export type LiveState = 'live' | 'connecting' | 'paused';

/**
 * Changes that arrive within this long of each other refresh the queue once, and a refresh under way
 * is let finish rather than restarted: a burst (an import, a storm of alerts) costs each open queue
 * one read a second, not one per change.
 */
const COALESCE_MS = 1_000;

/**
 * The queue follows the API's stream of changes (`GET /incidents/changes`, server-sent events) while
 * live: each pushed change refreshes the queue and its SLA clocks, and every (re)connection re-reads
 * them, so nothing committed while disconnected is missed. Invalidating rather than patching rows
 * keeps the filters, search and sort the API's alone. The `eventsource` client sends the bearer token
 * in a header (a browser EventSource cannot), so it never lands in a URL; it also reconnects.
 * Pausing closes the stream: nothing moves until the agent resumes (WCAG 2.2.2).
 */
export function useQueueChanges(live: boolean): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>(live ? 'connecting' : 'paused');
  useEffect(() => {
    if (!live) {
      setState('paused');
      return;
    }
    setState('connecting');
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: ['queue'] }, { cancelRefetch: false });
        void queryClient.invalidateQueries({ queryKey: ['queue-clocks'] }, { cancelRefetch: false });
      }, COALESCE_MS);
    };
    const source = new EventSource('/api/v1/incidents/changes', { fetch: bearerFetch });
    source.addEventListener('ready', () => {
      setState('live');
      refresh();
    });
    source.addEventListener('incident', refresh);
    source.addEventListener('error', () => setState('connecting'));
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [live, queryClient]);
  return state;
}
