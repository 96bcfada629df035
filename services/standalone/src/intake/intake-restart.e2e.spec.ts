import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devToken, startStandalone, type ServerProcess } from '../standalone-process';
import { backlogGauge, burstUntilKilled, eventually, queueReferences, storedTickets, submit, type Answer, type Receipt } from './intake-restart-test-kit';

const TENANT = 'acme';
const CONCURRENCY = 16;
const KILL_AFTER = 300;
/** Lower-case: the queue's text search matches on lower-cased text. */
const TAG = `restart-burst-${process.pid}`;

const keyOf = (i: number) => `${TAG}-${i}`;
const bodyOf = (i: number) => ({
  requestType: 'something-is-broken',
  fields: { shortDescription: `VPN drops every few minutes (${i})`, description: `Reported during ${TAG}`, affects: 'just me' },
});
const indexOf = (key: string) => Number(key.slice(TAG.length + 1));

/**
 * Issue 4, "Done when": a restart in the middle of a burst loses nothing and duplicates nothing. The
 * standalone app runs as a child process and dies by SIGKILL with portal submissions in flight; the
 * client then does what a portal does, retrying every unanswered submission with its Idempotency-Key.
 */
describe('intake across a SIGKILL in the middle of a burst', () => {
  let dataDir: string;
  let server: ServerProcess | null = null;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-intake-restart-'));
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives every acknowledged or retried submission exactly one ticket, answers retries with the first answer and drains the backlog', async () => {
    server = await startStandalone(dataDir);
    const requester = { base: server.base, token: await devToken(server.base, TENANT, 'requester') };
    const types = (await (await fetch(`${server.base}/api/v1/intake/request-types`, { headers: { authorization: `Bearer ${requester.token}` } })).json()) as {
      items: { id: string; kind: string }[];
    };
    expect(types.items).toContainEqual(expect.objectContaining({ id: 'something-is-broken', kind: 'incident' }));

    const burst = await burstUntilKilled(server, requester, { concurrency: CONCURRENCY, killAfter: KILL_AFTER, keyOf, bodyOf });
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(burst.refused).toEqual([]);
    expect(burst.inFlightAtKill).toBeGreaterThan(0);
    expect(burst.acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(burst.unanswered.length).toBeGreaterThan(0);

    server = await startStandalone(dataDir);
    const portal = { base: server.base, token: await devToken(server.base, TENANT, 'requester') };
    const agent = await devToken(server.base, TENANT, 'agent');
    // Every unanswered submission is retried, and one acknowledged in ten is sent again as a client that missed the answer would.
    const resent = [...burst.acknowledged.keys()].filter((_, i) => i % 10 === 0);
    const retried = new Map<string, Answer | null>();
    const queue = [...burst.unanswered, ...resent];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let key = queue.pop(); key !== undefined; key = queue.pop()) retried.set(key, await submit(portal, key, bodyOf(indexOf(key))));
      }),
    );
    const answers = new Map<string, Receipt>(burst.acknowledged);
    for (const key of burst.unanswered) {
      const answer = retried.get(key);
      expect({ key, status: answer?.status }).toEqual({ key, status: 202 });
      answers.set(key, answer!.receipt!);
    }
    for (const key of resent) {
      expect({ key, ...retried.get(key) }).toMatchObject({ key, status: 202, replayed: true, receipt: burst.acknowledged.get(key) });
    }
    // The answer to a retry is the submission as first recorded: the same id and reference whether or not it made it to disk before the kill.
    for (const key of burst.unanswered) expect(retried.get(key)!.receipt).toMatchObject({ kind: 'incident', status: 'accepted', duplicateOf: null });

    const backlog = async () =>
      ((await (await fetch(`${portal.base}/api/v1/intake/backlog`, { headers: { authorization: `Bearer ${agent}` } })).json()) as { backlog: number }).backlog;
    await eventually(backlog, (size) => size === 0, 30_000, 'an empty backlog');
    await eventually(
      () => backlogGauge(portal.base, TENANT),
      (size) => size === 0,
      10_000,
      'the backlog gauge at 0',
    );
    const listed = await eventually(
      () => queueReferences(portal.base, agent, TAG),
      (seen) => seen.size >= answers.size,
      20_000,
      'every ticket in the queue',
    );
    const submissionStatus = await fetch(`${portal.base}/api/v1/intake/submissions/${answers.get(keyOf(0))!.submissionId}`, {
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(await submissionStatus.json()).toMatchObject({ status: 'ticketed', ticketId: answers.get(keyOf(0))!.submissionId });
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    server = null;

    const expected = [...answers.values()];
    // The queue lists each ticket once, and nothing else of the burst.
    expect([...listed].filter(([, times]) => times !== 1)).toEqual([]);
    expect([...listed.keys()].sort()).toEqual(expected.map((receipt) => receipt.reference).sort());
    // The event store: one submission per key, one incident per submission, opened once with the answered reference, and no other incident.
    const stored = storedTickets(dataDir, TENANT);
    expect([...stored.submissions].filter(([, events]) => events !== 1)).toEqual([]);
    expect([...stored.submissions.keys()].sort()).toEqual(expected.map((receipt) => receipt.submissionId).sort());
    expect([...stored.incidents].sort()).toEqual(expected.map((receipt) => [receipt.submissionId, [receipt.reference]]).sort());
  }, 60_000);
});
