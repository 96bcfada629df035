import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../api/client';
import type { HistoryEntry, Incident, IncidentSettings, SlaClock, Suggestions } from '../api/types';

/** A ticket now or as of an instant, with its history, SLA clocks (at the same instant) and knowledge suggestions. */
export function useTicket(reference: string, asOf: string | undefined) {
  const incident = useQuery({
    queryKey: ['incident', reference, asOf ?? 'now'],
    queryFn: () => api<Incident>(`/incidents/${reference}${query({ asOf })}`),
    placeholderData: keepPreviousData,
  });
  const history = useQuery({
    queryKey: ['incident-history', reference],
    queryFn: async () => (await api<{ items: HistoryEntry[] }>(`/incidents/${reference}/history`)).items,
  });
  const clocks = useQuery({
    queryKey: ['incident-clocks', reference, asOf ?? 'now'],
    queryFn: async () => (await api<{ items: SlaClock[] }>(`/sla/clocks${query({ ticket: reference, asOf })}`)).items,
  });
  const suggestions = useQuery({
    queryKey: ['incident-suggestions', reference],
    queryFn: () => api<Suggestions>(`/knowledge/incidents/${reference}/suggestions`),
    retry: false,
  });
  const settings = useQuery({ queryKey: ['incident-settings'], queryFn: () => api<IncidentSettings>('/incident-settings'), staleTime: 60_000 });
  return { incident, history, clocks, suggestions, settings };
}
