import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGunzip, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { ValidationFailed, type RecordedEvent } from '@deskstream/kernel';
import { archivedEvent, metadataOf, readArchive, writeArchive } from './tenant-archive';

const recorded = (streamId: string, revision: number, position: number): RecordedEvent => ({
  eventId: `e-${position}`,
  streamId,
  revision,
  position,
  type: 'IncidentOpened',
  data: { shortDescription: 'Light out', n: position },
  metadata: { tenantId: 'initech', actor: 'bill', correlationId: 'c', causationId: 'c', occurredAt: '2026-12-02T09:00:00.000Z', schemaVersion: 1 },
});
const header = { tenantId: 'initech', exportId: 'x1', exportedAt: '2026-12-02T10:00:00.000Z', exportedBy: 'platform-admin' };
const events = [recorded('incident-initech.a', 0, 1), recorded('incident-initech.b', 0, 2), recorded('incident-initech.a', 1, 3)].map(archivedEvent);
const files = [{ path: 'files/attachments/a/1--tap.jpg', content: Buffer.from('a dripping tap') }];

/** Unpacks, lets `change` alter the entries, packs again: what a damaged or doctored archive looks like. */
async function repack(archive: Buffer, change: (entries: Map<string, Buffer>) => void): Promise<Buffer> {
  const entries = new Map<string, Buffer>();
  const untar = extract();
  untar.on('entry', (entryHeader, stream, next) => void buffer(stream).then((content) => (entries.set(entryHeader.name, content), next())));
  await new Promise<void>((resolve) =>
    Readable.from([archive])
      .pipe(createGunzip())
      .pipe(untar)
      .on('finish', () => resolve()),
  );
  change(entries);
  const tar = pack();
  const packed = buffer(tar);
  for (const [name, content] of entries) tar.entry({ name }, content);
  tar.finalize();
  return gzipSync(await packed);
}

const refusal = async (archive: Buffer): Promise<string> => {
  const error = await readArchive(archive).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).errors.map((e) => `${e.field}: ${e.message}`).join('; ');
};

describe("a tenant's archive", () => {
  it('holds every event as a CloudEvent in store order with its whole envelope, the files, and a manifest of checksums', async () => {
    const read = await readArchive((await writeArchive(header, events, files)).archive);
    expect(read.events).toEqual(events);
    expect(read.events.map((e) => [e.subject, e.streamrevision])).toEqual([
      ['incident-initech.a', 0],
      ['incident-initech.b', 0],
      ['incident-initech.a', 1],
    ]);
    expect(metadataOf(read.events[0]!)).toEqual(recorded('incident-initech.a', 0, 1).metadata);
    expect(read.files).toEqual(files);
    expect(read.manifest).toMatchObject({ format: 'deskstream-tenant-archive', formatVersion: 1, ...header, eventCount: 3, streamCount: 2 });
    expect(read.manifest.entries.map((e) => e.path)).toEqual(['events.ndjson', 'files/attachments/a/1--tap.jpg']);
    expect(read.manifest.entries[1]).toMatchObject({ bytes: 14, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('is refused when anything in it was changed, is missing, was added, or it is not an archive at all', async () => {
    const { archive } = await writeArchive(header, events, files);
    expect(
      await refusal(
        await repack(archive, (entries) =>
          entries.set('events.ndjson', Buffer.from(entries.get('events.ndjson')!.toString().replace('Light out', 'Light on'))),
        ),
      ),
    ).toBe('archive: events.ndjson does not match its checksum');
    expect(await refusal(await repack(archive, (entries) => entries.delete('files/attachments/a/1--tap.jpg')))).toMatch(/listed in the manifest but missing/);
    expect(await refusal(await repack(archive, (entries) => entries.set('files/attachments/a/extra', Buffer.from('x'))))).toMatch(/not listed in the manifest/);
    expect(await refusal(await repack(archive, (entries) => entries.delete('manifest.json')))).toBe('archive: no manifest.json');
    expect(await refusal(Buffer.from('plain text'))).toMatch(/not a gzip'd tar archive/);
  });
});
