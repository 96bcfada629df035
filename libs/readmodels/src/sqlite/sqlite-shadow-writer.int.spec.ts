import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { writeAll } from '../document-writes';
import { SqliteDocumentStore } from './sqlite-document-store';
import { writeStatementsOf } from './sqlite-document-collection';
import { SqliteShadowWriter } from './sqlite-shadow-writer';

describe('SqliteShadowWriter', () => {
  let dir: string;
  let db: Sqlite;
  let writer: SqliteShadowWriter | null = null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-shadow-'));
    db = openSqlite(join(dir, 'deskstream.sqlite'));
  });
  afterEach(async () => {
    await writer?.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shadow = async () => {
    const documents = new SqliteDocumentStore(db);
    const { physicalName } = await documents.createShadow('queue');
    await documents.close();
    writer = SqliteShadowWriter.forFile(db, writeStatementsOf(physicalName));
    const rows = () => db.prepare(`SELECT tenant_id, id, position, doc FROM "${physicalName}" ORDER BY id`).all();
    return { writer: writer!, rows };
  };

  it('is not made for an in-memory database, which no second connection can open', () => {
    expect(SqliteShadowWriter.forFile(openSqlite(':memory:'), writeStatementsOf('rm_queue__1'))).toBeNull();
  });

  it('commits each batch before it resolves, with the position guard of the collection', async () => {
    const { writer, rows } = await shadow();
    expect(
      await writer.write([
        ['acme', 'q1', 1, '{"v":1}'],
        ['acme', 'q2', 2, '{"v":2}'],
      ]),
    ).toBe(2);
    expect(
      await writer.write([
        ['acme', 'q1', 3, '{"v":3}'],
        ['acme', 'q2', 1, '{"v":0}'],
        ['acme', 'q3', 4, null],
      ]),
    ).toBe(1);
    expect(await writer.write([['acme', 'q2', 5, null]])).toBe(1);
    expect(rows()).toEqual([{ tenant_id: 'acme', id: 'q1', position: 3, doc: '{"v":3}' }]);
  });

  it('leaves the copy writable once swapped in, through its own connection', async () => {
    const documents = new SqliteDocumentStore(db);
    const shadow = await documents.createShadow('queue');
    expect(await writeAll(shadow.collection, [{ kind: 'put', doc: { tenantId: 'acme', id: 'q1', position: 1 } }])).toBe(1);
    await documents.swap('queue', shadow.physicalName);
    expect(await writeAll(shadow.collection, [{ kind: 'put', doc: { tenantId: 'acme', id: 'q2', position: 2 } }])).toBe(1);
    expect((await documents.collection('queue').find('acme')).items.map((doc) => doc.id)).toEqual(['q1', 'q2']);
  });

  it('rejects a batch SQLite refuses and keeps none of it', async () => {
    const { writer, rows } = await shadow();
    const refused = writer.write([
      ['acme', 'q1', 1, '{"v":1}'],
      ['acme', 'q2', 2, null as unknown as string],
      ['acme', null as unknown as string, 3, '{}'],
    ]);
    await expect(refused).rejects.toThrow(/NOT NULL/);
    expect(rows()).toEqual([]);
    expect(await writer.write([['acme', 'q1', 1, '{"v":1}']])).toBe(1);
  });
});
