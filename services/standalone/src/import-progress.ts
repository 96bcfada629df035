import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { ImportProgress } from '@deskstream/incidents';

const PLAIN_EVERY_MS = 2_000;

/**
 * Progress of `npm run import`: on a terminal, bars for the file read (rows, rate, ETA) and the
 * tickets imported; elsewhere (CI, a pipe) a plain line every two seconds and at each phase.
 */
export function importProgress(stream: NodeJS.WriteStream = process.stderr): (progress: ImportProgress) => void {
  let startedAt: number | null = null;
  const rate = (n: number) => {
    startedAt ??= Date.now();
    return Math.round(n / Math.max((Date.now() - startedAt) / 1000, 0.001));
  };
  if (!stream.isTTY) {
    let lastAt = 0;
    let lastPhase = '';
    return (p) => {
      if (p.phase === lastPhase && Date.now() - lastAt < PLAIN_EVERY_MS) return;
      lastAt = Date.now();
      lastPhase = p.phase;
      const file = p.totalBytes ? ` (${Math.round((100 * p.bytes) / p.totalBytes)}% of the file)` : '';
      stream.write(`import ${p.phase}: ${p.rows} rows read${file}, ${p.tickets}/${p.totalTickets} tickets imported, ${rate(p.rows)} rows/s\n`);
    };
  }
  const bars = new MultiBar(
    { stream, hideCursor: true, clearOnComplete: false, format: '{phase} [{bar}] {percentage}% | {detail} | ETA {eta_formatted}' },
    Presets.shades_classic,
  );
  let reading: SingleBar | null = null;
  let importing: SingleBar | null = null;
  return (p) => {
    reading ??= bars.create(Math.max(p.totalBytes ?? 1, 1), 0, { phase: 'rows   ', detail: '' });
    reading.update(p.totalBytes ? p.bytes : p.phase === 'reading' ? 0 : 1, { detail: `${p.rows} rows, ${rate(p.rows)} rows/s` });
    if (p.phase !== 'reading') {
      importing ??= bars.create(Math.max(p.totalTickets, 1), 0, { phase: 'tickets', detail: '' });
      importing.update(p.tickets, { detail: `${p.tickets}/${p.totalTickets} tickets` });
    }
    if (p.phase === 'done') bars.stop();
  };
}
