import { Alert, Button, Group, Paper, Switch, Table, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { ApiProblem } from '../api/problem';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { EChart } from './echart';
import { runReport, seriesOf, toCsv, type ReportQuery, type ReportResult } from './reporting-query';

export interface ChartSpec {
  readonly title: string;
  readonly kind: 'bar' | 'line';
  readonly query: ReportQuery;
  readonly category: string;
  readonly seriesBy?: string;
  readonly stacked?: boolean;
}

const REFRESH_MS = 10_000;

function download(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${name}.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

function DataTable({ result, caption }: { result: ReportResult; caption: string }) {
  return (
    <Table striped withTableBorder mt="sm">
      <caption>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          {result.columns.map((column) => (
            <Table.Th key={column} scope="col">
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.rows.map((row, index) => (
          <Table.Tr key={index}>
            {row.map((value, i) => (
              <Table.Td key={i}>{value ?? '—'}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One chart over the reporting API, with a table view of its data and the data as CSV. */
export function ChartCard({ spec }: { spec: ChartSpec }) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  // Refreshed while open, keeping the last answer on screen: tickets resolved meanwhile show up by themselves.
  const result = useQuery({
    queryKey: ['report', spec.query],
    queryFn: () => runReport(spec.query),
    retry: false,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  const data = useMemo(
    () => (result.data ? seriesOf(result.data, spec.category, spec.query.metrics, spec.seriesBy) : null),
    [result.data, spec.category, spec.query.metrics, spec.seriesBy],
  );
  const missing = result.error instanceof ApiProblem && result.error.status === 404;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={id}>
          {spec.title}
        </Title>
        <Group gap="xs">
          <Switch size="xs" label="Table view" checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} />
          <Button
            size="xs"
            variant="default"
            disabled={!result.data}
            onClick={() => result.data && download(spec.title.toLowerCase().replace(/\W+/g, '-'), toCsv(result.data))}
          >
            Export CSV
          </Button>
        </Group>
      </Group>
      {result.isPending && <Loading label={`Loading ${spec.title}`} />}
      {missing ? <Alert color="gray">The reporting service does not answer on this server.</Alert> : <ProblemAlert error={result.error} />}
      {result.data &&
        data &&
        (asTable ? <DataTable result={result.data} caption={spec.title} /> : <EChart label={spec.title} kind={spec.kind} data={data} stacked={spec.stacked} />)}
    </Paper>
  );
}
