import autocannon from 'autocannon';
import { percentile } from './bench-kit';

export const CONNECTIONS = 32;

/** The incident every create-path bench opens: a phone call about a seeded service, priority 3. */
export const OPEN_BODY = JSON.stringify({
  channel: 'phone',
  service: 'email',
  shortDescription: 'Cannot send mail',
  description: 'Outlook says the server is unavailable since this morning',
  impact: 2,
  urgency: 2,
});

export interface Load {
  readonly url: string;
  readonly seconds: number;
  readonly requests?: autocannon.Request[];
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** Runs autocannon at CONNECTIONS over loopback for a bounded time. */
export function load(options: Load): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    connections: CONNECTIONS,
    duration: options.seconds,
    ...(options.method ? { method: options.method } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(options.requests ? { requests: options.requests } : {}),
  });
}

/** Successful requests per second over the whole run (autocannon's own average counts non-2xx too). */
export const okRate = (result: autocannon.Result): number => result['2xx'] / result.duration;

export function failures(result: autocannon.Result): string {
  const parts = [`${result['2xx'].toLocaleString('en')} 2xx`];
  if (result.non2xx > 0) parts.push(`${result.non2xx} non-2xx`);
  if (result.errors > 0) parts.push(`${result.errors} errors`);
  return parts.join(', ');
}

/**
 * Projection lag seen from a client: after a command's 2xx, polls a query until it shows the change
 * and keeps the delay. Polls every POLL_MS, so a sample is at most that much late.
 */
export class LagProbe {
  static readonly POLL_MS = 5;
  private readonly samples: number[] = [];
  private readonly pending = new Set<Promise<void>>();
  private missed = 0;

  constructor(
    private readonly headers: Record<string, string>,
    private readonly giveUpMs = 10_000,
  ) {}

  /** `visible` tells whether the query's answer shows the change; the clock started at the 2xx. */
  watch(url: string, visible: (body: unknown) => boolean): void {
    const acknowledged = performance.now();
    const poll = (async () => {
      while (performance.now() - acknowledged < this.giveUpMs) {
        const response = await fetch(url, { headers: this.headers });
        if (response.ok && visible(await response.json())) {
          this.samples.push(performance.now() - acknowledged);
          return;
        }
        await new Promise((done) => setTimeout(done, LagProbe.POLL_MS));
      }
      this.miss();
    })().catch(() => this.miss());
    this.pending.add(poll);
    void poll.finally(() => this.pending.delete(poll));
  }

  /** A change never seen counts as seen at the give-up time, so it still weighs on the percentiles. */
  private miss(): void {
    this.missed += 1;
    this.samples.push(this.giveUpMs);
  }

  async settle(): Promise<{ p50: number; p99: number; max: number; samples: number; missed: number }> {
    await Promise.all([...this.pending]);
    const sorted = [...this.samples].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      samples: sorted.length,
      missed: this.missed,
    };
  }
}

/** The process's delivery lag (ms) as /metrics reports it now. */
async function deliveryLagMs(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('deskstream_delivery_lag_seconds '));
  return line ? Number(line.split(' ')[1]) * 1000 : 0;
}

/**
 * Waits until the process's background work has settled: no delivery waited (projections,
 * consumers, gateways idle) in every sample of `quietMs`, polled every 50 ms; gives up after `maxMs`.
 * Returns how long it waited.
 */
export async function waitForQuiet(base: string, quietMs = 500, maxMs = 60_000): Promise<number> {
  const start = performance.now();
  let quietSince = performance.now();
  while (performance.now() - start < maxMs) {
    if ((await deliveryLagMs(base)) > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= quietMs) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  return performance.now() - start;
}

/**
 * Samples the app's `deskstream_delivery_lag_seconds` (the longest recent wait, over every
 * projection, consumer and the gateway of the process, between a write and its handling) every
 * `everyMs` while a load runs; `stop` answers the samples in milliseconds.
 */
export function sampleDeliveryLag(base: string, everyMs = 250): { stop(): Promise<number[]> } {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await deliveryLagMs(base));
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}
