import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import createClient from 'openapi-fetch';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import type { paths } from './deskstream-api';

const ROOT = resolve(__dirname, '../../../..');
const COMMITTED = join(__dirname, 'deskstream-api.d.ts');

/**
 * A client generated from the OpenAPI document (openapi-typescript types, openapi-fetch calls) drives
 * one incident lifecycle. The committed types must be what the served document generates, so the
 * document cannot drift from the server without this failing; `tsc` checks the calls against them.
 */
describe('a client generated from the OpenAPI document', () => {
  let kit: StandaloneTestApp;
  let base: string;
  let dataDir: string;

  beforeAll(async () => {
    kit = await startStandaloneApp('client');
    ({ base, dataDir } = kit);
  });

  afterAll(() => kit?.close());

  const clientAs = async (user: string) => {
    const anonymous = createClient<paths>({ baseUrl: base });
    const { data } = await anonymous.POST('/api/v1/dev/token', { body: { tenant: 'acme', user } });
    return createClient<paths>({ baseUrl: base, headers: { authorization: `Bearer ${data!.token}` } });
  };

  it('is generated from the served document as committed (regenerate: UPDATE_API_CLIENT=1 npm test -- api-client)', () => {
    const documentFile = join(dataDir, 'openapi.json');
    const generated = join(dataDir, 'deskstream-api.d.ts');
    return fetch(`${base}/docs-json`)
      .then((response) => response.text())
      .then((text) => {
        writeFileSync(documentFile, text);
        const run = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-api-client.mjs'), documentFile, generated], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(COMMITTED, readFileSync(generated));
        expect(readFileSync(generated, 'utf8') === readFileSync(COMMITTED, 'utf8')).toBe(true);
      });
  });

  it('opens, assigns, starts and resolves an incident; the caller accepts and rates it', async () => {
    const agent = await clientAs('agent');
    const requester = await clientAs('requester');
    const opened = await agent.POST('/api/v1/incidents', {
      body: { channel: 'phone', caller: 'requester', shortDescription: 'Laptop will not boot', description: 'Black screen', impact: 2, urgency: 2 },
    });
    expect(opened.response.status).toBe(201);
    const reference = opened.data!.reference;
    const target = { params: { path: { idOrReference: reference } } };

    expect(
      (await agent.POST('/api/v1/incidents/{idOrReference}/assign', { ...target, body: { group: 'service-desk', assignee: 'agent' } })).data,
    ).toMatchObject({ status: 'assigned' });
    expect((await agent.POST('/api/v1/incidents/{idOrReference}/start', target)).data).toMatchObject({ status: 'in-progress' });
    const resolved = await agent.POST('/api/v1/incidents/{idOrReference}/resolve', {
      ...target,
      body: { closingCategory: 'hardware', notes: 'Reseated the memory' },
    });
    expect(resolved.data).toMatchObject({ status: 'resolved' });

    const stale = await agent.POST('/api/v1/incidents/{idOrReference}/note', {
      ...target,
      body: { text: 'late', visibility: 'internal' },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ type: 'urn:deskstream:problem:precondition-failed', status: 412 });

    expect((await requester.POST('/api/v1/incidents/{idOrReference}/accept-resolution', target)).data).toMatchObject({ status: 'closed' });
    expect((await requester.POST('/api/v1/incidents/{idOrReference}/feedback', { ...target, body: { rating: 5, comment: 'Quick' } })).response.status).toBe(
      200,
    );

    const detail = await requester.GET('/api/v1/incidents/{idOrReference}', target);
    expect(detail.data).toMatchObject({ reference, status: 'closed' });
    const history = await agent.GET('/api/v1/incidents/{idOrReference}/history', target);
    expect(history.data!.items.map((entry) => entry.type)).toEqual(expect.arrayContaining(['IncidentOpened', 'IncidentResolved', 'IncidentClosed']));
  });
});
