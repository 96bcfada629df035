import { startIntakeApp } from './intake-http-test-kit';

describe('intake rate limit over HTTP', () => {
  let kit: Awaited<ReturnType<typeof startIntakeApp>>;
  beforeAll(async () => (kit = await startIntakeApp({ rateLimit: { ratePerSecond: 0.001, burst: 3 } })));
  afterAll(() => kit?.close());

  it('answers 429 with Retry-After past the tenant rate, and leaves other tenants alone', async () => {
    const submit = (tenant: string, n: number) =>
      kit.as(tenant, 'requester').post('/intake/submissions', {
        requestType: tenant === 'acme' ? 'password-reset' : 'payroll-question',
        fields:
          tenant === 'acme'
            ? { account: `user${n}`, system: 'email', shortDescription: `reset ${n}` }
            : { employeeId: 'E00001', payPeriod: '2026-01', question: `q${n}` },
      });
    const answers = [];
    for (let n = 0; n < 4; n += 1) answers.push(await submit('acme', n));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 429]);
    const refused = answers[3]!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect((await submit('globex', 0)).status).toBe(202);
    const references = answers.slice(0, 3).map((a) => a.body.reference);
    expect(references).toEqual(['REQ0001001', 'REQ0001002', 'REQ0001003']);
  });
});
