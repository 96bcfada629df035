import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { AuthorizationCodes, DocumentGrants, s256 } from './authorization-codes';

const REDIRECT = 'http://localhost:3000/callback';
const VERIFIER = 'v'.repeat(43);
const principal = { tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent' as const] };
const grant = { principal, clientId: 'c', redirectUri: REDIRECT, codeChallenge: s256(VERIFIER) };
const exchange = { clientId: 'c', redirectUri: REDIRECT, codeVerifier: VERIFIER };

/** Two processes serving one data dir: each its own connection to the file and its own codes. */
describe('authorization codes shared by the processes of one data dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deskstream-codes-'));
  const clock = new ManualClock('2026-12-04T09:00:00Z');
  const connections = [openSqlite(sqliteFileIn(dir)), openSqlite(sqliteFileIn(dir))];
  const stores = connections.map((db) => new SqliteDocumentStore(db));
  const [one, other] = stores.map((documents) => new AuthorizationCodes(clock, new DocumentGrants(documents)));

  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const db of connections) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exchanges a code issued by one process at the other, once', async () => {
    const code = await one!.issue(grant);
    expect(await other!.redeem(code, exchange)).toEqual(principal);
    expect(await one!.redeem(code, exchange)).toBe('The code is unknown, used or expired');
    expect(await other!.redeem(code, exchange)).toBe('The code is unknown, used or expired');
  });

  it('gives a code raced for by both processes to exactly one of them', async () => {
    const code = await one!.issue(grant);
    const answers = await Promise.all([one!.redeem(code, exchange), other!.redeem(code, exchange)]);
    expect(answers.filter((answer) => typeof answer !== 'string')).toEqual([principal]);
  });

  it('refuses an expired code, and sweeps it at the next sign-in', async () => {
    const code = await one!.issue(grant);
    clock.advance(61_000);
    await other!.issue(grant);
    expect(await one!.redeem(code, exchange)).toBe('The code is unknown, used or expired');
  });
});
