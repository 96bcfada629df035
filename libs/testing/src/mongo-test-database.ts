import type { Connection } from 'mongoose';
import { freshName, type TestServer } from './test-servers';

export interface TestDatabase {
  readonly name: string;
  /** A new connection to the database, as another replica (or the same one after a restart) opens. */
  connect(): Promise<Connection>;
  /** Closes every connection opened so far; the data stays. */
  closeConnections(): Promise<void>;
  /** Drops the database and closes every connection. */
  drop(): Promise<void>;
}

/** A database of its own on the MongoDB-protocol test server, named afresh for this run. */
export function testDatabase(server: TestServer, prefix: string): TestDatabase {
  const name = freshName(prefix);
  let connections: Connection[] = [];
  const database: TestDatabase = {
    name,
    async connect() {
      // Loaded here, so suites that never touch MongoDB do not load the driver.
      const { createConnection } = await import('mongoose');
      const connection = await createConnection(server.address(), { dbName: name }).asPromise();
      connections.push(connection);
      return connection;
    },
    async closeConnections() {
      const open = connections;
      connections = [];
      await Promise.all(open.map((connection) => connection.close()));
    },
    async drop() {
      const connection = connections[0] ?? (await database.connect());
      await connection.dropDatabase();
      await database.closeConnections();
    },
  };
  return database;
}
