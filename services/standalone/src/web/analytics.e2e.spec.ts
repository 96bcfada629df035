import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startServer, type ServerProcess } from '../standalone-process';
import { buildWebApp, describeInBrowser, launchChromium, screenshotDir, seriousViolations } from './browser';

const STEP_MS = 120_000;
/** The charts refresh every 10 s; a changed figure must show within a few refreshes. */
const CHANGE_WITHIN_MS = 60_000;

const TENANT_CHARTS = [
  'Volume by day and channel',
  'Median time to resolve by priority (hours)',
  'SLA compliance over time (%)',
  'Backlog and its age (now)',
  'Reopen and reassignment rates',
  'Customer satisfaction (CSAT)',
];
const BUSINESS_UNITS = 'Business units compared';

/**
 * The analytics page in Debian's Chromium against the standalone app and its reporting API: every
 * chart has a name and a table view, tickets resolved over the API show in the open page, and the
 * business-unit comparison is offered to the enterprise analyst only.
 */
describeInBrowser('analytics in a real browser', () => {
  let scratch: string;
  let server: ServerProcess;
  let browser: Browser;
  let shots: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const token = async (user: string) => {
    const response = await fetch(`${server.base}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', user }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const call = async <T>(bearer: string, method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${server.base}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const signedIn = async (user: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => pageErrors.push(`${user}: ${error.message}`));
    await page.goto(`${server.base}/login?tenant=acme&user=${user}`);
    await page.waitForURL('**/analytics');
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    return page;
  };
  const chart = (page: Page, title: string) => page.getByRole('region', { name: title });
  /** The chart drawn, then its data as a table: the table is named by its caption. */
  const tableOf = async (page: Page, title: string): Promise<Locator> => {
    await chart(page, title).getByRole('img', { name: title }).waitFor();
    await chart(page, title).getByLabel('Table view').check();
    const table = chart(page, title).getByRole('table', { name: title });
    await table.waitFor();
    return table;
  };
  /** Polls the text until it differs from `before`, up to a bound; answers the new text. */
  const changedFrom = async (locator: Locator, before: string): Promise<string> => {
    const deadline = Date.now() + CHANGE_WITHIN_MS;
    for (;;) {
      const now = (await locator.textContent()) ?? '';
      if (now !== before) return now;
      if (Date.now() > deadline) throw new Error(`unchanged after ${CHANGE_WITHIN_MS} ms: ${before.slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  /** The figures of a table's body, cell by cell. */
  const cells = async (table: Locator) =>
    table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));

  beforeAll(async () => {
    buildWebApp();
    scratch = mkdtempSync(join(tmpdir(), 'deskstream-analytics-'));
    shots = screenshotDir(scratch);
    server = await startServer(
      'services/standalone/src/main.ts',
      { DESKSTREAM_DATA_DIR: join(scratch, 'data'), LOG_LEVEL: 'warn', SMTP_PORT: '0' },
      '/health/ready',
      STEP_MS,
    );
    browser = await launchChromium();
  }, STEP_MS);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it(
    'an analyst sees every chart with its table view, and tickets resolved meanwhile show in the open page',
    async () => {
      const page = await signedIn('analyst');
      for (const title of TENANT_CHARTS) {
        await chart(page, title).getByRole('img', { name: title }).waitFor();
        await chart(page, title).getByLabel('Table view').waitFor();
      }
      // Every tenant chart answered: the business-unit comparison is not among them.
      expect(await chart(page, BUSINESS_UNITS).count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);

      const volume = await tableOf(page, 'Volume by day and channel');
      const ttr = await tableOf(page, 'Median time to resolve by priority (hours)');
      const volumeBefore = (await volume.textContent()) ?? '';
      const ttrBefore = (await ttr.textContent()) ?? '';
      expect(volumeBefore).not.toMatch(/phone/);

      const agent = await token('agent');
      for (const n of [1, 2, 3]) {
        const { reference } = await call<{ reference: string }>(agent, 'POST', '/incidents', {
          channel: 'phone',
          caller: 'requester',
          shortDescription: `Analytics ticket ${n}`,
          description: 'Counted on the dashboards',
          impact: 2,
          urgency: 2,
        });
        await call(agent, 'POST', `/incidents/${reference}/assign`, { group: 'service-desk', assignee: 'agent' });
        await call(agent, 'POST', `/incidents/${reference}/start`, {});
        await call(agent, 'POST', `/incidents/${reference}/resolve`, { closingCategory: 'software', notes: 'Fixed while the analyst watched' });
      }

      // The page was open before: its tables change by themselves, no reload.
      await changedFrom(volume, volumeBefore);
      const phone = async () => (await cells(volume)).filter(([channel]) => channel === 'phone').reduce((sum, row) => sum + Number(row[2]), 0);
      const deadline = Date.now() + CHANGE_WITHIN_MS;
      while ((await phone()) < 3 && Date.now() < deadline) await page.waitForTimeout(500);
      expect(await phone()).toBe(3);
      await changedFrom(ttr, ttrBefore);
      const resolvedByPriority = (await cells(ttr)).filter(([, hours]) => hours !== '—');
      expect(resolvedByPriority.length).toBeGreaterThan(0);
      for (const [, hours] of resolvedByPriority) expect(Number(hours)).toBeGreaterThanOrEqual(0);

      await chart(page, 'Volume by day and channel').getByLabel('Table view').uncheck();
      await chart(page, 'Volume by day and channel').getByRole('img', { name: 'Volume by day and channel' }).waitFor();
      await page.screenshot({ path: join(shots, 'analytics.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    },
    3 * STEP_MS,
  );

  it(
    'an enterprise analyst also sees the business units compared, once the tenant takes part',
    async () => {
      await call(await token('tenant-admin'), 'PUT', '/reporting/settings', { enterpriseReporting: true });
      const page = await signedIn('enterprise-analyst');
      for (const title of [...TENANT_CHARTS, BUSINESS_UNITS]) await chart(page, title).getByRole('img', { name: title }).waitFor();
      const units = await tableOf(page, BUSINESS_UNITS);
      await units.getByRole('cell', { name: 'acme', exact: true }).waitFor({ timeout: CHANGE_WITHIN_MS });
      const [acme] = (await cells(units)).filter(([tenant]) => tenant === 'acme');
      expect(Number(acme![1])).toBe(3);
      expect(await seriousViolations(page)).toEqual([]);
    },
    STEP_MS,
  );
});
