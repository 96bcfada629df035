import { Counter, Gauge, type Registry } from 'prom-client';

/** One figure of a tenant's desk; labels stay within tenant x priority x status. */
export interface DeskFigure {
  readonly tenant: string;
  readonly priority?: string;
  readonly status?: string;
  readonly value: number;
}

/** What a service knows of the desk, read from its own read models at scrape time (so a restart resets nothing). */
export interface DeskFigures {
  readonly opened?: readonly DeskFigure[];
  readonly resolved?: readonly DeskFigure[];
  readonly backlog?: readonly DeskFigure[];
  readonly slaBreaches?: readonly DeskFigure[];
}

/** Reads a service's figures for the tenants the platform knows. */
export type DeskFiguresSource = (tenants: readonly string[]) => Promise<DeskFigures>;

type Kind = keyof DeskFigures;

const FAMILIES: readonly { kind: Kind; name: string; help: string; labels: ('tenant' | 'priority' | 'status')[]; type: 'counter' | 'gauge' }[] = [
  {
    kind: 'opened',
    name: 'deskstream_tickets_opened_total',
    help: 'Incidents opened, by tenant and priority at opening',
    labels: ['tenant', 'priority'],
    type: 'counter',
  },
  {
    kind: 'resolved',
    name: 'deskstream_tickets_resolved_total',
    help: 'Incidents resolved, by tenant and priority at resolution',
    labels: ['tenant', 'priority'],
    type: 'counter',
  },
  {
    kind: 'backlog',
    name: 'deskstream_ticket_backlog',
    help: 'Open incidents (not resolved, closed or cancelled), by tenant and status',
    labels: ['tenant', 'status'],
    type: 'gauge',
  },
  { kind: 'slaBreaches', name: 'deskstream_sla_breaches_total', help: 'Tickets with a breached service level, by tenant', labels: ['tenant'], type: 'counter' },
];

export interface DeskObservation {
  readonly sources: readonly DeskFiguresSource[];
  readonly tenants: () => Promise<readonly string[]>;
}

/** The names of the desk's own metrics, beside the operational ones. */
export const DESK_METRIC_NAMES = FAMILIES.map((family) => family.name);

/**
 * Registers the desk's metrics. Each scrape asks every source once (shared by the families of that
 * scrape) and sets the figures as they stand in the read models.
 */
export function registerDeskMetrics(registry: Registry, desk: () => DeskObservation): void {
  let scrape: Promise<DeskFigures[]> | null = null;
  const read = async (): Promise<DeskFigures[]> => {
    const { sources, tenants } = desk();
    if (sources.length === 0) return [];
    const known = await tenants();
    return Promise.all(sources.map((source) => source(known)));
  };
  const figures = (): Promise<DeskFigures[]> => {
    scrape ??= read().finally(() => setImmediate(() => (scrape = null)));
    return scrape;
  };
  for (const family of FAMILIES) {
    const Metric = family.type === 'counter' ? Counter : Gauge;
    new Metric({
      name: family.name,
      help: family.help,
      labelNames: family.labels,
      registers: [registry],
      async collect() {
        const all = await figures();
        this.reset();
        for (const figure of all.flatMap((figures) => figures[family.kind] ?? [])) {
          const labels = Object.fromEntries(family.labels.map((label) => [label, label === 'tenant' ? figure.tenant : (figure[label] ?? 'unknown')]));
          (this as Counter<string>).inc(labels, figure.value);
        }
      },
    });
  }
}
