import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGunzip, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { ValidationFailed, type EventMetadata, type RecordedEvent } from '@deskstream/kernel';
import type { CloudEvent } from '@deskstream/messaging';

export const ARCHIVE_FORMAT = 'deskstream-tenant-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
const EVENTS_FILE = 'events.ndjson';
const MANIFEST_FILE = 'manifest.json';

/** One stored event as a CloudEvent (one line of events.ndjson): `subject` is its stream; the envelope rides in extension attributes. */
export interface ArchivedEvent extends CloudEvent {
  readonly streamrevision: number;
  /** The whole stored envelope (actor, correlation, causation, schema version), as JSON. */
  readonly deskstreammetadata: string;
}

export interface ArchivedFile {
  /** `files/<kind>/<path inside the tenant's folder>`. */
  readonly path: string;
  readonly content: Buffer;
}

export interface ManifestEntry {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ArchiveManifest {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly formatVersion: number;
  readonly tenantId: string;
  readonly exportId: string;
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly eventCount: number;
  readonly streamCount: number;
  /** Every other entry of the archive, with its size and SHA-256. */
  readonly entries: readonly ManifestEntry[];
}

export interface TenantArchive {
  readonly manifest: ArchiveManifest;
  readonly events: readonly ArchivedEvent[];
  readonly files: readonly ArchivedFile[];
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

export function archivedEvent(event: RecordedEvent): ArchivedEvent {
  return {
    specversion: '1.0',
    id: event.eventId,
    source: '/deskstream/archive',
    type: event.type,
    subject: event.streamId,
    time: event.metadata.occurredAt,
    datacontenttype: 'application/json',
    data: event.data,
    tenantid: event.metadata.tenantId,
    correlationid: event.metadata.correlationId,
    streamrevision: event.revision,
    deskstreammetadata: JSON.stringify(event.metadata),
  };
}

export const metadataOf = (event: ArchivedEvent): EventMetadata => JSON.parse(event.deskstreammetadata) as EventMetadata;

/** A gzip'd tar: manifest.json, events.ndjson (one CloudEvent per line, in store order) and files/; with the manifest it holds. */
export async function writeArchive(
  header: Omit<ArchiveManifest, 'format' | 'formatVersion' | 'eventCount' | 'streamCount' | 'entries'>,
  events: readonly ArchivedEvent[],
  files: readonly ArchivedFile[],
): Promise<{ archive: Buffer; manifest: ArchiveManifest }> {
  const ndjson = Buffer.from(events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  const contents = [{ path: EVENTS_FILE, content: ndjson }, ...files];
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    ...header,
    eventCount: events.length,
    streamCount: new Set(events.map((event) => event.subject)).size,
    entries: contents.map(({ path, content }) => ({ path, bytes: content.length, sha256: sha256(content) })),
  };
  const tar = pack();
  const packed = buffer(tar);
  tar.entry({ name: MANIFEST_FILE }, JSON.stringify(manifest, null, 2));
  for (const { path, content } of contents) tar.entry({ name: path }, content);
  tar.finalize();
  return { archive: gzipSync(await packed), manifest };
}

const refused = (message: string): ValidationFailed => new ValidationFailed([{ field: 'archive', message }]);

/** Reads an archive and proves it whole: the manifest's format, every entry's size and checksum, nothing extra. */
export async function readArchive(archive: Buffer): Promise<TenantArchive> {
  const entries = new Map<string, Buffer>();
  const untar = extract();
  untar.on('entry', (header, stream, next) => {
    buffer(stream).then((content) => {
      if (header.type === 'file') entries.set(header.name, content);
      next();
    }, next);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      untar.on('finish', resolve).on('error', reject);
      Readable.from([archive]).pipe(createGunzip()).on('error', reject).pipe(untar);
    });
  } catch (error) {
    throw refused(`not a gzip'd tar archive (${(error as Error).message})`);
  }
  const manifestFile = entries.get(MANIFEST_FILE);
  if (!manifestFile) throw refused(`no ${MANIFEST_FILE}`);
  const manifest = JSON.parse(manifestFile.toString('utf8')) as ArchiveManifest;
  if (manifest.format !== ARCHIVE_FORMAT || manifest.formatVersion !== ARCHIVE_FORMAT_VERSION)
    throw refused(`not a ${ARCHIVE_FORMAT} version ${ARCHIVE_FORMAT_VERSION}`);
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  for (const entry of manifest.entries) {
    const content = entries.get(entry.path);
    if (!content) throw refused(`${entry.path} is listed in the manifest but missing`);
    if (content.length !== entry.bytes || sha256(content) !== entry.sha256) throw refused(`${entry.path} does not match its checksum`);
  }
  const extra = [...entries.keys()].filter((path) => path !== MANIFEST_FILE && !listed.has(path));
  if (extra.length > 0) throw refused(`${extra.join(', ')} not listed in the manifest`);
  const events = entries
    .get(EVENTS_FILE)!
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ArchivedEvent);
  if (events.length !== manifest.eventCount) throw refused(`${EVENTS_FILE} holds ${events.length} events, the manifest says ${manifest.eventCount}`);
  const files = manifest.entries.filter((entry) => entry.path !== EVENTS_FILE).map((entry) => ({ path: entry.path, content: entries.get(entry.path)! }));
  return { manifest, events, files };
}
