import { SingleBar } from 'cli-progress';
import type { RebuildProgress } from './rebuild-projection';

/**
 * A terminal progress bar for `npm run rebuild`: log position against the head, events read and
 * the rate. Prints nothing when the stream is not a terminal (CI logs stay clean).
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): (progress: RebuildProgress) => void {
  let bar: SingleBar | null = null;
  const startedAt = Date.now();
  return (progress) => {
    const seconds = (Date.now() - startedAt) / 1000;
    const payload = {
      projection: progress.projection,
      events: progress.events,
      rate: seconds > 0 ? Math.round(progress.events / seconds) : 0,
    };
    if (!bar) {
      bar = new SingleBar({
        stream,
        format: '{projection} [{bar}] {percentage}% | position {value}/{total} | {events} events | {rate} events/s',
        hideCursor: true,
      });
      bar.start(Math.max(progress.head, 1), Math.max(progress.position, 0), payload);
    }
    bar.update(Math.max(progress.position, 0), payload);
    if (progress.finished) bar.stop();
  };
}
