import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@deskstream/eventstore';
import { ValidationFailed, type RecordedEvent } from '@deskstream/kernel';
import { openSqlite } from '@deskstream/sqlite';
import { archivedEvent, writeArchive } from './tenant-archive';
import { TenantArchives } from './tenant-archives';

const at = '2026-12-02T09:00:00.000Z';
const event = (streamId: string, tenantId: string, position: number, type = 'IncidentOpened'): RecordedEvent => ({
  eventId: `e-${position}`,
  streamId,
  revision: 0,
  position,
  type,
  data: { tenantId: 'initech' },
  metadata: { tenantId, actor: 'bill', correlationId: 'c', causationId: 'c', occurredAt: at, schemaVersion: 1 },
});
const header = { tenantId: 'initech', exportId: 'x1', exportedAt: at, exportedBy: 'platform-admin' };
const record = event('tenant-platform.initech', 'platform', 1, 'TenantOnboarded');

describe('restoring a tenant archive', () => {
  let dir: string;
  let archives: TenantArchives;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-archives-'));
    store = new SqliteEventStore(openSqlite(':memory:'));
    const files = [{ name: 'attachments', dirOf: (tenantId: string) => join(dir, 'attachments', tenantId) }];
    archives = new TenantArchives(store, { now: () => new Date(at) }, { next: () => 'id' }, files);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const refusal = async (archive: Buffer) => {
    const error = await archives.restore(archive).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).errors[0]!.message;
  };

  it("never writes into another tenant: an archive holding another tenant's event is refused whole", async () => {
    const { archive } = await writeArchive(
      header,
      [record, event('incident-initech.a', 'initech', 2), event('incident-acme.b', 'acme', 3)].map(archivedEvent),
      [],
    );
    expect(await refusal(archive)).toBe("event e-3 of stream incident-acme.b is not tenant initech's");
    expect(await store.headPosition()).toBeLessThanOrEqual(0);
  });

  it("never writes a file outside the tenant's own folders", async () => {
    const { archive } = await writeArchive(header, [record].map(archivedEvent), [{ path: 'files/attachments/../../escape.txt', content: Buffer.from('x') }]);
    expect(await refusal(archive)).toMatch(/points outside the tenant's files/);
    const { archive: unknownKind } = await writeArchive(header, [record].map(archivedEvent), [{ path: 'files/secrets/key', content: Buffer.from('x') }]);
    expect(await refusal(unknownKind)).toMatch(/no such kind of file here/);
  });

  it("needs the tenant's own record in the archive", async () => {
    expect(await refusal((await writeArchive(header, [event('incident-initech.a', 'initech', 2)].map(archivedEvent), [])).archive)).toMatch(
      /no record of tenant initech/,
    );
  });
});
