import { Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { hasAnyRole, useSession } from '../auth/session';
import { ChartCard, type ChartSpec } from './chart-card';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The analyst's dashboards: each chart one query of the reporting API, filtered by period, group, service, priority. */
export function AnalyticsPage() {
  const { me } = useSession();
  const [from, setFrom] = useState(day(-30));
  const [to, setTo] = useState(day(0));
  const [asOfDate, setAsOfDate] = useState('');
  const [group, setGroup] = useState('');
  const [service, setService] = useState('');
  const [priority, setPriority] = useState('');
  const filters = Object.fromEntries(Object.entries({ group, service, priority }).filter(([, v]) => v));
  const period = { from: `${from}T00:00:00.000Z`, to: `${to}T23:59:59.999Z`, filters };
  const asOf = asOfDate ? `${asOfDate}T23:59:59.999Z` : undefined;
  const charts: ChartSpec[] = [
    {
      title: 'Volume by day and channel',
      kind: 'bar',
      stacked: true,
      category: 'bucket',
      seriesBy: 'channel',
      query: { ...period, metrics: ['volume'], groupBy: ['channel'], bucket: 'day' },
    },
    {
      title: 'Median time to resolve by priority (hours)',
      kind: 'bar',
      category: 'priority',
      query: { ...period, metrics: ['median_ttr_hours'], groupBy: ['priority'] },
    },
    { title: 'SLA compliance over time (%)', kind: 'line', category: 'bucket', query: { ...period, metrics: ['sla_compliance'], bucket: 'week' } },
    {
      title: asOf ? `Backlog and its age, as of ${asOfDate}` : 'Backlog and its age (now)',
      kind: 'bar',
      category: 'priority',
      query: { ...period, metrics: ['backlog', 'backlog_age_hours'], groupBy: ['priority'], ...(asOf ? { asOf } : {}) },
    },
    {
      title: 'Reopen and reassignment rates',
      kind: 'line',
      category: 'bucket',
      query: { ...period, metrics: ['reopen_rate', 'reassignment_rate'], bucket: 'week' },
    },
    { title: 'Customer satisfaction (CSAT)', kind: 'line', category: 'bucket', query: { ...period, metrics: ['csat_mean'], bucket: 'week' } },
  ];
  if (hasAnyRole(me, ['enterprise-analyst'])) {
    charts.push({
      title: 'Business units compared',
      kind: 'bar',
      category: 'tenant',
      query: { ...period, scope: 'enterprise', metrics: ['volume', 'median_ttr_hours'], groupBy: ['tenant'] },
    });
  }
  return (
    <Stack>
      <Title order={1}>Analytics</Title>
      <Group align="flex-end" gap="sm" role="search" aria-label="Report filters">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <TextInput type="date" label="Backlog as of" value={asOfDate} onChange={(e) => setAsOfDate(e.currentTarget.value)} />
        <TextInput label="Group" value={group} onChange={(e) => setGroup(e.currentTarget.value)} />
        <TextInput label="Service" value={service} onChange={(e) => setService(e.currentTarget.value)} />
        <TextInput label="Priority" placeholder="P1 … P5" value={priority} onChange={(e) => setPriority(e.currentTarget.value)} />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {charts.map((spec) => (
          <ChartCard key={spec.title} spec={spec} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
