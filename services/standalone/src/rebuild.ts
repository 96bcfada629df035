import { NestFactory } from '@nestjs/core';
import type { CheckpointStore, EventStore } from '@deskstream/kernel';
import { CHECKPOINT_STORE, DOCUMENT_STORE, EVENT_STORE, loadConfig, ServiceContributions, type PlatformConfig } from '@deskstream/platform';
import { rebuildProjection, terminalProgress, type DocumentStore } from '@deskstream/readmodels';
import { StandaloneModule } from './standalone.module';

const USAGE = `usage: npm run rebuild -- <projection-name>... | --all

Replays the event log into a fresh copy of each named projection, swaps it in and resets its
checkpoint. Stop the server first: a running server keeps writing to the copy being replaced.
Data dir: DESKSTREAM_DATA_DIR (default ./data).`;

/** Which projections to rebuild; an unknown name is an error that lists the known ones. */
export function selectProjections(args: readonly string[], known: readonly string[]): string[] {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) throw new Error(USAGE);
  if (args.includes('--all')) return [...known];
  const unknown = args.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown projection(s): ${unknown.join(', ')}. Known: ${known.join(', ') || '(none)'}`);
  }
  return [...args];
}

/** Opens the data dir with every service module loaded but nothing running, and rebuilds. */
export async function rebuild(config: PlatformConfig, args: readonly string[]): Promise<void> {
  const app = await NestFactory.createApplicationContext(StandaloneModule.forRoot(config, { startRuntime: false }), {
    logger: ['error', 'warn'],
  });
  try {
    const projections = app.get(ServiceContributions).projections;
    const names = selectProjections(
      args,
      projections.map((p) => p.name),
    );
    const store = app.get<EventStore>(EVENT_STORE);
    const documents = app.get<DocumentStore>(DOCUMENT_STORE);
    const checkpoints = app.get<CheckpointStore>(CHECKPOINT_STORE);
    for (const projection of projections.filter((p) => names.includes(p.name))) {
      const started = Date.now();
      const result = await rebuildProjection({ store, documents, checkpoints, projection, onProgress: terminalProgress() });
      process.stdout.write(
        `${projection.name}: ${result.events} events replayed, ${result.applied} applied, ` +
          `checkpoint at ${result.position} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
    }
    if (names.length === 0) process.stdout.write('No projections are contributed by the loaded service modules.\n');
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  rebuild(loadConfig(), process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
