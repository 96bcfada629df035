import { gunzipSync } from 'node:zlib';
import * as nodemailer from 'nodemailer';
import { SmtpListener } from '@deskstream/intake';
import { PlatformRuntime } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call as callApp, devToken, eventually, INITECH, signIn as signInTo, type Json } from './tenant-test-kit';

describe('Erasing a person: their personal data reads as erased everywhere, without rewriting history (over HTTP)', () => {
  let platform: StandaloneTestApp;
  let admin: string;
  let bill: string;
  const call = (token: string, method: string, path: string, body?: unknown) => callApp(platform, token, method, path, body);
  const register = (id: string, name: string, roles = ['requester']) =>
    eventually(async () => {
      const registered = await call(bill, 'POST', '/directory/users', { id, name, emails: [`${id}@initech.example`], roles });
      if (registered.status !== 201) throw new Error(`register ${id}: ${registered.status} ${JSON.stringify(registered.body)}`);
    });
  /** The tenant's archive, unpacked (a tar is its files one after another: searching it searches them all). */
  const exported = async (): Promise<string> => {
    await platform.app.get(PlatformRuntime).caughtUp();
    const answer = await fetch(`${platform.base}/api/v1/platform/tenants/initech/export`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(answer.status).toBe(200);
    return gunzipSync(Buffer.from(await answer.arrayBuffer())).toString('utf8');
  };

  beforeAll(async () => {
    platform = await startStandaloneApp('person-erasure');
    admin = await platform.token('platform-admin', 'platform');
    expect((await call(admin, 'POST', '/platform/tenants', INITECH)).status).toBe(201);
    bill = await signInTo(platform, 'initech', 'bill');
    await register('peter', 'Peter Gibbons');
    await register('milton', 'Milton Waddams');
    await register('samir', 'Samir Nagheenanajar');
    await register('joanna', 'Joanna', ['agent']);
  }, 60_000);
  afterAll(() => platform?.close());

  it("erases peter: the directory and the export show his name and address as erased, milton's stay, his ticket is still counted", async () => {
    const peter = await signInTo(platform, 'initech', 'peter');
    const submitted = await call(peter, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: 'Light out in room 4', location: 'HQ, floor 2, room 4' },
    });
    expect([201, 202]).toContain(submitted.status);
    await eventually(async () => {
      const list = await call(bill, 'GET', '/incidents');
      if (list.body.items?.length !== 1) throw new Error(`incidents: ${list.body.items?.length}`);
    });
    const before = await exported();
    expect(before).toContain('Peter Gibbons');
    expect(before).toContain('peter@initech.example');

    expect((await call(peter, 'POST', '/directory/users/peter/erase')).status).toBe(403);
    const erased = await call(bill, 'POST', '/directory/users/peter/erase');
    expect(erased).toMatchObject({
      status: 200,
      body: { id: 'peter', kind: 'user', attributes: { name: '[erased]', emails: [], active: false, roles: ['requester'] } },
    });
    expect((await call(bill, 'POST', '/directory/users/peter/erase')).body).toMatchObject({ revision: erased.body.revision });
    expect((await call(bill, 'POST', '/directory/users/nobody/erase')).status).toBe(404);
    expect((await call(bill, 'POST', '/directory/users/facilities/erase')).status).toBe(404);

    expect((await call(bill, 'GET', '/directory/users/peter')).body.attributes).toMatchObject({ name: '[erased]', emails: [] });
    const listed = await eventually(async () => {
      const page = await call(bill, 'GET', '/directory/users');
      const line = page.body.items?.find((u: Json) => u.id === 'peter');
      if (line?.attributes?.name !== '[erased]') throw new Error(`listed as ${JSON.stringify(line)}`);
      return page.body.items as Json[];
    });
    expect(listed.find((u) => u.id === 'milton').attributes).toMatchObject({ name: 'Milton Waddams', emails: ['milton@initech.example'] });

    const after = await exported();
    expect(after).not.toContain('Peter Gibbons');
    expect(after).not.toContain('peter@initech.example');
    expect(after).toContain('[erased]');
    expect(after).toContain('Milton Waddams');
    // History is not rewritten: every event exported before is exported again, under the same id.
    const ids = (archive: string) =>
      archive
        .split('\n')
        .filter((line) => line.startsWith('{"specversion"'))
        .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids(before).length).toBeGreaterThan(10);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect((await call(bill, 'GET', '/incidents')).body.items).toHaveLength(1);
    expect((await devToken(platform, 'initech', 'peter')).status).not.toBe(201);
    expect((await call(await platform.token('tenant-admin', 'acme'), 'POST', '/directory/users/milton/erase')).status).toBe(404);
  }, 120_000);

  it("erases samir, who opened a ticket, commented on it and mailed in: his words read as erased in the history, the reporting facts and the export; the counts, times and others' words stay", async () => {
    const samir = await signInTo(platform, 'initech', 'samir');
    const words = ['Samir flickers lab seven', 'HQ, samir wing', 'Samir adds it buzzes', 'Samir mails squeaky door', 'Samir body about the hinge'];
    const submitted = await call(samir, 'POST', '/intake/submissions', {
      requestType: 'broken-light',
      fields: { shortDescription: words[0], location: words[1] },
    });
    expect([201, 202]).toContain(submitted.status);
    const opened = await eventually(async () => {
      const list = await call(bill, 'GET', '/incidents?caller=samir');
      if (list.body.items?.length !== 1) throw new Error(`incidents: ${list.body.items?.length}`);
      return list.body.items[0] as { id: string };
    });
    expect((await call(samir, 'POST', `/incidents/${opened.id}/note`, { visibility: 'public', text: words[2] })).status).toBe(200);
    const agent = await signInTo(platform, 'initech', 'joanna');
    const answered = await call(agent, 'POST', `/incidents/${opened.id}/note`, { visibility: 'public', text: 'The agent replaced the ballast' });
    expect({ status: answered.status, detail: answered.body.detail }).toEqual({ status: 200, detail: undefined });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.app.get(SmtpListener).port(), secure: false, ignoreTLS: true });
    await transport.sendMail({ from: 'samir@initech.example', to: 'facilities@initech.example', subject: words[3], text: words[4] });
    transport.close();
    const tickets = await eventually(async () => {
      const list = await call(bill, 'GET', '/incidents?caller=samir');
      if (list.body.items?.length !== 2) throw new Error(`incidents: ${list.body.items?.length}`);
      return (list.body.items as { id: string }[]).map((ticket) => ticket.id).sort();
    });
    const histories = async () => Promise.all(tickets.map(async (id) => (await call(bill, 'GET', `/incidents/${id}/history`)).body.items as Json[]));
    const facts = () =>
      eventually(async () => {
        const page = await call(bill, 'GET', '/reporting/tickets?limit=100');
        const mine = (page.body.items as Json[] | undefined)?.filter((fact) => tickets.includes(fact.id ?? fact.ticketId));
        if (mine?.length !== 2) throw new Error(`facts: ${JSON.stringify(page.body).slice(0, 300)}`);
        return mine.sort((a, b) => String(a.id ?? a.ticketId).localeCompare(String(b.id ?? b.ticketId)));
      });
    const listed = async () => JSON.stringify((await call(bill, 'GET', '/incidents?caller=samir')).body);
    const listBefore = await listed();
    const historyBefore = await histories();
    const factsBefore = await facts();
    const exportBefore = await exported();
    // The history names what changed (a note is counted there, its text is on the record).
    for (const word of words.filter((word) => word !== words[2])) expect(JSON.stringify(historyBefore)).toContain(word);
    for (const word of words) expect(exportBefore).toContain(word);
    expect(exportBefore).toContain('Nagheenanajar');
    const recordBefore = JSON.stringify((await call(bill, 'GET', `/incidents/${opened.id}`)).body);
    expect(recordBefore).toContain(words[0]);
    expect(recordBefore).toContain(words[2]);
    expect(listBefore).toContain(words[0]);
    expect(listBefore).toContain(words[3]);

    expect((await call(bill, 'POST', '/directory/users/samir/erase')).status).toBe(200);

    const historyAfter = await histories();
    const factsAfter = await facts();
    const exportAfter = await exported();
    for (const word of words) {
      expect(JSON.stringify(historyAfter)).not.toContain(word);
      expect(JSON.stringify(factsAfter)).not.toContain(word);
      expect(exportAfter).not.toContain(word);
    }
    expect(JSON.stringify(historyAfter)).toContain('[erased]');
    expect(exportAfter).not.toContain('Nagheenanajar');
    // What others wrote stays; every entry of the history is still there, at the same moment, by the same actor.
    expect(exportAfter).toContain('The agent replaced the ballast');
    const shape = (history: Json[][]) => history.map((entries) => entries.map((entry) => ({ at: entry.at, actor: entry.actor, type: entry.type })));
    expect(shape(historyAfter)).toEqual(shape(historyBefore));
    // The reporting facts count the same tickets, with the same times and states.
    expect(factsAfter).toEqual(factsBefore);
    expect((await call(bill, 'GET', '/incidents?caller=samir')).body.items).toHaveLength(2);
    // The records read as erased too, once their projection has seen the erasure.
    const record = await eventually(async () => {
      const read = await call(bill, 'GET', `/incidents/${opened.id}`);
      if (JSON.stringify(read.body).includes(words[0])) throw new Error(`still: ${JSON.stringify(read.body).slice(0, 400)}`);
      return JSON.stringify(read.body);
    });
    expect(record).not.toContain(words[2]);
    expect(record).toContain('The agent replaced the ballast');
    // And the lists, once the projections of personal data have been replayed after the erasure.
    const listAfter = await eventually(async () => {
      const list = await listed();
      if (words.some((word) => list.includes(word))) throw new Error(`still listed: ${list.slice(0, 400)}`);
      return list;
    });
    expect(listAfter).toContain('[erased]');
    expect(JSON.parse(listAfter).items).toHaveLength(2);
  }, 120_000);
});
