import type { DatabaseSync } from 'node:sqlite';
import { TOPICS } from '@deskstream/contracts';
import { transaction } from '@deskstream/sqlite';

/** What a purge removed, table by table (rows), for the log and the tests. */
export type PurgeReport = Readonly<Record<string, number>>;

/**
 * Removing a deleted tenant's data once its grace period is over: its events, read-model documents
 * (search indexes and personal keys among them), scheduler timers, and on the embedded bus its
 * messages and the inbox entries of those messages (Kafka cannot delete them: consumers pass over a
 * deleted tenant's). The platform tenant's record of the tenant stays, so its id is never onboarded
 * again. Files and in-memory indexes are the services' (ServiceContributions.tenantFiles and
 * tenantPurges) and are removed beside this.
 */
export interface TenantPurge {
  purge(tenantId: string): Promise<PurgeReport>;
}

/**
 * The purges of every adapter a process runs on (the SQLite file, MongoDB's read models, KurrentDB's
 * streams), one after the other, in one report. A purge run again after a crash starts from the
 * first, each finding what is left of its part.
 */
export class AdaptersTenantPurge implements TenantPurge {
  constructor(private readonly parts: readonly TenantPurge[]) {}

  async purge(tenantId: string): Promise<PurgeReport> {
    const removed: Record<string, number> = {};
    for (const part of this.parts) {
      for (const [where, count] of Object.entries(await part.purge(tenantId))) removed[where] = (removed[where] ?? 0) + count;
    }
    return removed;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The embedded adapters' purge: every adapter keeps its rows in the one SQLite file, so one
 * transaction removes all of the tenant's rows: events by their metadata's tenant, bus messages by
 * their CloudEvent's `tenantid` (and the inbox rows of those messages), and the rows of
 * every table with a `tenant_id` column (read models, their indexes, timers). The tenants topic is
 * the platform's register (every process learns from it that the tenant is deleted): it stays.
 */
export class SqliteTenantPurge implements TenantPurge {
  constructor(private readonly db: () => DatabaseSync) {}

  async purge(tenantId: string): Promise<PurgeReport> {
    const db = this.db();
    return transaction(db, () => {
      const removed: Record<string, number> = {};
      const count = (table: string, changes: number | bigint) => {
        if (Number(changes) > 0) removed[table] = (removed[table] ?? 0) + Number(changes);
      };
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
        (row) => row.name,
      );
      const has = (table: string) => tables.includes(table);
      if (has('events')) count('events', db.prepare("DELETE FROM events WHERE json_extract(metadata, '$.tenantId') = ?").run(tenantId).changes);
      if (has('bus_messages')) {
        const ids = (
          db
            .prepare("SELECT json_extract(event, '$.id') AS id FROM bus_messages WHERE json_extract(event, '$.tenantid') = ? AND topic <> ?")
            .all(tenantId, TOPICS.tenants) as { id: string }[]
        ).map((row) => row.id);
        count(
          'bus_messages',
          db.prepare("DELETE FROM bus_messages WHERE json_extract(event, '$.tenantid') = ? AND topic <> ?").run(tenantId, TOPICS.tenants).changes,
        );
        if (has('inbox')) {
          const remove = db.prepare('DELETE FROM inbox WHERE message_id = ?');
          for (const id of ids) count('inbox', remove.run(id).changes);
        }
      }
      for (const table of tables) {
        const columns = (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((column) => column.name);
        if (columns.includes('tenant_id')) count(table, db.prepare(`DELETE FROM ${quote(table)} WHERE tenant_id = ?`).run(tenantId).changes);
      }
      return removed;
    });
  }
}
