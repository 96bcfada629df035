import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';

describe("Each tenant's rate over the whole API: one tenant's traffic cannot starve another's (over HTTP)", () => {
  let app: StandaloneTestApp;
  beforeAll(async () => {
    app = await startStandaloneApp('tenant-rate-limits', { API_RATE_PER_SECOND: '2', API_RATE_BURST: '5' });
  }, 60_000);
  afterAll(() => app?.close());

  const get = (token: string, path: string) => fetch(`${app.base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('answers a tenant over its rate 429 with Retry-After on any route, while another tenant and the public routes are served', async () => {
    const acme = await app.token('agent', 'acme');
    const globex = await app.token('agent', 'globex');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => get(acme, i % 2 === 0 ? '/incidents' : '/knowledge/articles')));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(6);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringContaining('over its rate') });

    // globex has its own bucket, and health is no tenant's.
    const theirs = await Promise.all(Array.from({ length: 5 }, () => get(globex, '/incidents')));
    expect(theirs.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await fetch(`${app.base}/health/live`)).status).toBe(200);

    // The bucket refills at the tenant's rate.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await get(acme, '/incidents')).status).toBe(200);
  }, 60_000);
});
