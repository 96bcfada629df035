import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '@deskstream/sqlite';
import { documentStoreContract } from '../document-store.contract';
import { SqliteDocumentStore } from './sqlite-document-store';

documentStoreContract('SQLite', async () => new SqliteDocumentStore(openSqlite(':memory:')));

describe('SqliteDocumentStore across processes', () => {
  it('follows a swap made through another connection to the same file (the rebuild CLI)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskstream-rm-'));
    const serverDb = openSqlite(join(dir, 'deskstream.sqlite'));
    const cliDb = openSqlite(join(dir, 'deskstream.sqlite'));
    try {
      const server = new SqliteDocumentStore(serverDb).collection('queue');
      await server.put({ tenantId: 'acme', id: 'q1', position: 1, state: 'old' });
      expect((await server.get('acme', 'q1'))?.state).toBe('old');

      const cli = new SqliteDocumentStore(cliDb);
      const shadow = await cli.createShadow('queue');
      await shadow.collection.put({ tenantId: 'acme', id: 'q1', position: 1, state: 'rebuilt' });
      await cli.swap('queue', shadow.physicalName);

      expect((await server.get('acme', 'q1'))?.state).toBe('rebuilt');
      expect(await server.put({ tenantId: 'acme', id: 'q2', position: 2, state: 'live' })).toBe(true);
      expect((await cli.collection('queue').find('acme')).items.map((d) => d.id)).toEqual(['q1', 'q2']);
    } finally {
      serverDb.close();
      cliDb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
