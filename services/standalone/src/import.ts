import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type PlatformConfig } from '@deskstream/platform';
import {
  eventLogSource,
  formatImportReport,
  IncidentImporter,
  serviceNowSource,
  type ImportReport,
  type ImportSource,
  type OrderedUpdate,
} from '@deskstream/incidents';
import { importProgress } from './import-progress';
import { StandaloneModule } from './standalone.module';

const USAGE = `usage: npm run import -- servicenow --tenant <id> [--date-format d/M/yyyy HH:mm] [--time-zone UTC]
                         [--states states.json] [--report report.json] <export.csv>
       npm run import -- eventlog --tenant <id> --mapping mapping.json [--date-format …] [--time-zone …]
                         [--report report.json] <log.csv>

Replays a desk's history into the event store as incident streams, at the times the source recorded,
then prints the reconciliation with the source's counters and writes the full report as JSON
(default: <export.csv>.report.json). Importing the same export again adds nothing; a later export adds
only its new updates. Stop the server first (projections catch up from the imported events when it
starts). Data dir: DESKSTREAM_DATA_DIR (default ./data).`;

export interface ImportArguments {
  readonly source: 'servicenow' | 'eventlog';
  readonly tenant: string;
  readonly file: string;
  readonly dateFormat?: string;
  readonly timeZone?: string;
  readonly states?: string;
  readonly mapping?: string;
  readonly report: string;
}

export function importArguments(argv: readonly string[]): ImportArguments {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      'date-format': { type: 'string' },
      'time-zone': { type: 'string' },
      states: { type: 'string' },
      mapping: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [source, file, ...rest] = positionals;
  const known = source === 'servicenow' || (source === 'eventlog' && values.mapping !== undefined);
  if (values.help || !known || !file || rest.length > 0 || !values.tenant) throw new Error(USAGE);
  return {
    source,
    tenant: values.tenant,
    file,
    dateFormat: values['date-format'],
    timeZone: values['time-zone'],
    states: values.states,
    mapping: values.mapping,
    report: values.report ?? `${file}.report.json`,
  };
}

/** A states file is either a whole mapping (`{"states": …, "closeCodes": …}`) or just its states table. */
function mappingFrom(path: string | undefined) {
  if (!path) return undefined;
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return 'states' in json ? json : { states: json };
}

/** Opens the data dir with every service module loaded but nothing running, and imports. */
export async function runImport(config: PlatformConfig, args: ImportArguments, progress = importProgress()): Promise<ImportReport> {
  // The source is built first: a bad mapping or time zone is refused before the data dir is opened.
  const source: ImportSource<OrderedUpdate> =
    args.source === 'eventlog'
      ? eventLogSource({ mapping: JSON.parse(readFileSync(args.mapping!, 'utf8')), dateFormat: args.dateFormat, timeZone: args.timeZone })
      : serviceNowSource({ dateFormat: args.dateFormat, timeZone: args.timeZone, mapping: mappingFrom(args.states) });
  const app = await NestFactory.createApplicationContext(StandaloneModule.forRoot(config, { startRuntime: false }), { logger: ['error', 'warn'] });
  try {
    return await app.get(IncidentImporter).run(source, {
      tenantId: args.tenant,
      actor: 'command-line',
      jobId: randomUUID(),
      input: createReadStream(args.file),
      totalBytes: statSync(args.file).size,
      onProgress: progress,
    });
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  (async () => {
    const args = importArguments(process.argv.slice(2));
    const started = Date.now();
    const report = await runImport(loadConfig(), args);
    writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(formatImportReport(report));
    process.stdout.write(`\nReport: ${args.report} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
