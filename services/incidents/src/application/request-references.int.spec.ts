import { ManualClock, SequentialIds, ValidationFailed, type CommandContext } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite } from '@deskstream/sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestReferences } from './request-references';
import { TEST_CATALOG } from '../domain/service-request.fixtures';
import { ServiceCatalogRepository } from './service-catalog.repository';
import { ServiceRequestCommands } from './service-request-commands';

const context = (actor: string, tenantId = 'acme'): CommandContext => ({ tenantId, actor, correlationId: `c-${actor}` });
const expected = (count: number) => Array.from({ length: count }, (_, i) => `REQ${String(1001 + i).padStart(7, '0')}`);

describe('request references (SQLite event store)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let commands: ServiceRequestCommands;
  let references: RequestReferences;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-requestref-'));
    store = new SqliteEventStore(openSqlite(join(dir, 'deskstream.sqlite')));
    const clock = new ManualClock();
    const ids = new SequentialIds('sr');
    references = new RequestReferences(store, clock, ids);
    const catalog = new ServiceCatalogRepository(store, ids);
    commands = new ServiceRequestCommands(store, clock, ids, references, catalog);
    await Promise.all(['acme', 'globex'].map((tenantId) => catalog.change(context('admin', tenantId), TEST_CATALOG, clock.now().toISOString())));
  });
  /** Raised by a requester: the approvers come from the catalog. */
  const submit = (input: Parameters<ServiceRequestCommands['submit']>[0], actor: string, tenantId = 'acme') =>
    commands.submit(input, context(actor, tenantId), { userId: actor, roles: ['requester'] });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('50 parallel submissions get 50 distinct, consecutive references, each resolving to its request', async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => submit({ catalogItem: 'laptop' }, `user${i}`)));
    expect(outcomes.map((o) => o.reference).sort()).toEqual(expected(50));
    for (const outcome of outcomes) {
      expect(await references.resolve('acme', outcome.reference)).toBe(outcome.id);
    }
  });

  it('two processes allocating on the same counter never hand out a number twice', async () => {
    const clock = new ManualClock();
    const other = new RequestReferences(store, clock, new SequentialIds('other'));
    const allocations = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? references : other).allocate(`r${i}`, context('agent'))));
    expect(allocations.map((a) => a.reference).sort()).toEqual(expected(50));
    const counter = await store.readStream('requestref-acme.counter');
    expect(counter.map((e) => (e.data as { number: number }).number)).toEqual(Array.from({ length: 50 }, (_, i) => 1001 + i));
  });

  it('numbers each tenant separately, and a reference of another tenant resolves to nothing', async () => {
    const acme = await submit({ catalogItem: 'laptop' }, 'riley', 'acme');
    const globex = await submit({ catalogItem: 'phone' }, 'riley', 'globex');
    expect([acme.reference, globex.reference]).toEqual(['REQ0001001', 'REQ0001001']);
    const acmeSecond = await submit({ catalogItem: 'monitor' }, 'riley', 'acme');
    expect(acmeSecond.reference).toBe('REQ0001002');
    expect(await references.resolve('globex', 'REQ0001002')).toBeNull();
    expect(await references.resolve('acme', 'REQ0009999')).toBeNull();
  });

  it('a refused submission burns no number and writes nothing', async () => {
    const head = await store.headPosition();
    await expect(submit({ catalogItem: '' }, 'riley')).rejects.toThrow(ValidationFailed);
    await expect(submit({ catalogItem: 'yacht' }, 'riley')).rejects.toThrow(ValidationFailed);
    await expect(submit({ catalogItem: 'laptop', approvers: ['riley'] }, 'riley')).rejects.toThrow(ValidationFailed);
    expect(await store.headPosition()).toBe(head);
    expect((await submit({ catalogItem: 'laptop' }, 'riley')).reference).toBe('REQ0001001');
  });
});
