import type { CheckpointStore } from '@deskstream/kernel';
import type { Sqlite } from './sqlite-database';

/** Checkpoints of projections and the gateway, in the same SQLite file as the data they describe. */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly loadStatement;
  private readonly saveStatement;

  constructor(db: Sqlite) {
    db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID');
    this.loadStatement = db.prepare('SELECT position FROM checkpoints WHERE name = ?');
    this.saveStatement = db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position');
  }

  async load(name: string): Promise<number | undefined> {
    const row = this.loadStatement.get(name) as { position: number } | undefined;
    return row?.position;
  }

  async save(name: string, position: number): Promise<void> {
    this.saveStatement.run(name, position);
  }
}
