import { mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type ServerProcess } from '../standalone-process';
import { buildWebApp, describeInBrowser, launchChromium, screenshotDir, seriousViolations } from './browser';

const STEP_MS = 120_000;

/**
 * The web app in Debian's Chromium against the standalone app: a requester reports a fault and sees
 * its reference and a suggested article; an agent sees it arrive in the live queue, assigns and
 * resolves it; the requester accepts and rates; the agent moves "As of" back to see it as it was.
 * axe-core checks each page on the way.
 */
describeInBrowser('web app in a real browser', () => {
  let scratch: string;
  let server: ServerProcess;
  let browser: Browser;
  let requester: Page;
  let agent: Page;
  let shots: string;
  let reference: string;
  const contexts: BrowserContext[] = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(60_000);
    contexts.push(context);
    return context;
  };
  const pageErrors: string[] = [];
  /** The requests each page made, to tell a pushed update from a polled one. */
  const requested = new Map<Page, { url: string; accept: string | undefined }[]>();

  const token = async (user: string) => {
    const response = await fetch(`${server.base}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', user }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const call = async (user: string, path: string, body: unknown, bearer?: string) => {
    const response = await fetch(`${server.base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer ?? (await token(user))}` },
      body: JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
  };
  const signedIn = async (user: string) => {
    const context = await newContext();
    const page = await context.newPage();
    // Generous: the suite shares two cores with the rest of `npm test`.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => pageErrors.push(`${user}: ${error.message}`));
    const requests: { url: string; accept: string | undefined }[] = [];
    requested.set(page, requests);
    page.on('request', (request) => requests.push({ url: request.url(), accept: request.headers().accept }));
    await page.goto(`${server.base}/login?tenant=acme&user=${user}`);
    return page;
  };
  const accessible = async (page: Page, name: string) => {
    // No hover state in the check: a button that moved under the pointer after a click is not how it is seen.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  };
  const choose = async (page: Page, label: RegExp, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    buildWebApp();
    scratch = mkdtempSync(join(tmpdir(), 'deskstream-web-'));
    shots = screenshotDir(scratch);
    server = await startServer(
      'services/standalone/src/main.ts',
      { DESKSTREAM_DATA_DIR: join(scratch, 'data'), LOG_LEVEL: 'warn', SMTP_PORT: '0', DEMO_PASSWORD: 'web-test-password' },
      '/health/ready',
      STEP_MS,
    );
    browser = await launchChromium();
    // A published article for the requester's words to find.
    await call('knowledge-manager', '/knowledge/articles', {
      title: 'Printer shows offline',
      problem: 'The office printer shows offline and jobs wait in the queue',
      resolution: 'Restart the print spooler from the printer menu',
      audience: 'requesters',
    });
    await call('knowledge-manager', '/knowledge/articles/KB0001001/submit', {});
    await call('knowledge-manager', '/knowledge/articles/KB0001001/validate', {});
  }, STEP_MS);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it(
    'signs a demo user in directly from the address and lands on the home page; the sign-in page is accessible',
    async () => {
      const page = await signedIn('requester');
      await page.waitForURL('**/portal');
      await page.goto(`${server.base}/login`);
      await page.getByRole('heading', { name: 'Sign in to Deskstream' }).waitFor();
      await accessible(page, 'login');
    },
    STEP_MS,
  );

  it(
    'a requester submits a form and sees the reference and a suggested article',
    async () => {
      agent = await signedIn('agent');
      await agent.getByRole('table', { name: 'Incident queue' }).waitFor();
      requester = await signedIn('requester');
      await requester.getByRole('heading', { name: 'Service portal' }).waitFor();
      await requester.getByRole('button', { name: 'Open form: Something is broken' }).waitFor();
      await accessible(requester, 'portal');

      await requester.getByRole('button', { name: 'Open form: Something is broken' }).click();
      await requester.getByRole('textbox', { name: /In a few words/ }).fill('The printer is offline');
      const suggestions = requester.getByRole('list', { name: 'Suggested articles' });
      await suggestions.getByRole('button', { name: 'Printer shows offline' }).waitFor();
      await accessible(requester, 'portal-form');
      await suggestions.getByRole('button', { name: 'Printer shows offline' }).click();
      const article = requester.getByRole('dialog', { name: 'Printer shows offline' });
      await article.getByText('Restart the print spooler from the printer menu').waitFor();
      await accessible(requester, 'portal-article');
      await article.getByRole('button', { name: 'Close' }).click();

      await requester.getByRole('textbox', { name: /Details/ }).fill('Jobs wait in the queue since this morning');
      await requester.getByRole('button', { name: 'Submit' }).click();
      const shown = requester.getByTestId('reference');
      await shown.waitFor();
      reference = (await shown.textContent()) ?? '';
      expect(reference).toMatch(/^INC\d{7}$/);
      await accessible(requester, 'portal-submitted');
    },
    STEP_MS,
  );

  it(
    'the form shows the API problem+json field errors inline',
    async () => {
      await requester.getByRole('button', { name: 'Back to the portal' }).click();
      await requester.getByRole('button', { name: 'Open form: Access request' }).click();
      await requester.getByRole('textbox', { name: /justification/i }).fill('short');
      await requester.getByRole('button', { name: 'Submit' }).click();
      await requester.getByText('must NOT have fewer than 10 characters').first().waitFor();
      await requester.getByRole('alert').filter({ hasText: 'Please check the form' }).waitFor();
      await accessible(requester, 'portal-form-errors');
      await requester.getByRole('button', { name: 'Cancel' }).click();
    },
    STEP_MS,
  );

  it(
    'an agent finds it in the live queue without reloading, assigns it and resolves it',
    async () => {
      // The agent's queue page was open before the submission: the row arrives by itself, pushed by
      // the API's stream of changes (the bearer token in a header, never in the URL), not polled.
      const row = agent.getByRole('table', { name: 'Incident queue' }).getByRole('link', { name: reference });
      await row.waitFor({ timeout: 60_000 });
      const streams = requested.get(agent)!.filter((request) => request.url.endsWith('/api/v1/incidents/changes'));
      expect(streams.length).toBeGreaterThanOrEqual(1);
      expect(streams.every((request) => request.accept === 'text/event-stream')).toBe(true);
      expect(requested.get(agent)!.filter((request) => /[?&](access_)?token=|bearer/i.test(request.url))).toEqual([]);
      const liveState = agent.getByRole('status').filter({ hasText: /tickets/ });
      await liveState.filter({ hasText: /^Live/ }).waitFor();
      // The pause control stops the stream and the countdowns, and resuming picks them up again (WCAG 2.2.2).
      await agent.getByRole('switch', { name: 'Live updates' }).click();
      await liveState.filter({ hasText: /^Paused/ }).waitFor();
      await agent.getByRole('switch', { name: 'Live updates' }).click();
      await liveState.filter({ hasText: /^Live/ }).waitFor();
      await accessible(agent, 'agent-queue');
      await row.click();
      await agent.getByRole('heading', { name: `${reference}: The printer is offline` }).waitFor();

      await agent.getByRole('button', { name: 'Assign', exact: true }).click();
      const assign = agent.getByRole('dialog', { name: 'Assign' });
      await assign.getByRole('textbox', { name: /Group/ }).fill('service-desk');
      // The assignee is one of the group's people, offered once the group is named.
      await choose(agent, /Assignee/, 'Avery Agent (agent)');
      await accessible(agent, 'agent-assign');
      await assign.getByRole('button', { name: 'Assign' }).click();
      await agent.getByText('Assignee: agent', { exact: true }).waitFor();

      await agent.getByRole('button', { name: 'Start work' }).click();
      await agent.getByText('Status: in-progress', { exact: true }).waitFor();
      await agent.getByRole('textbox', { name: /Internal note/ }).fill('Spooler hung on the print server');
      await agent.getByRole('textbox', { name: 'Knowledge article used' }).fill('KB0001001');
      await agent.getByRole('button', { name: 'Add note' }).click();
      await agent.getByText('Spooler hung on the print server').waitFor();
      await agent.getByRole('list', { name: 'Articles used' }).getByRole('link', { name: 'KB0001001' }).waitFor();

      await agent.getByRole('button', { name: 'Resolve' }).click();
      const resolve = agent.getByRole('dialog', { name: 'Resolve' });
      await choose(agent, /Closing category/, 'software');
      await resolve.getByRole('textbox', { name: /Resolution notes/ }).fill('Restarted the print spooler');
      await resolve.getByRole('button', { name: 'Resolve' }).click();
      await agent.getByText('Status: resolved', { exact: true }).waitFor();
      await accessible(agent, 'agent-ticket');
    },
    STEP_MS,
  );

  it(
    'the requester accepts the resolution and rates it',
    async () => {
      await requester.getByRole('link', { name: reference, exact: true }).click();
      await requester.getByRole('button', { name: 'Accept resolution' }).waitFor();
      await accessible(requester, 'portal-ticket');
      await requester.getByRole('button', { name: 'Accept resolution' }).click();
      await requester.getByRole('heading', { name: 'How did we do?' }).waitFor();
      // The stars are radio buttons: chosen from the keyboard, as a screen-reader user would.
      await requester.getByRole('radio', { name: '4' }).focus();
      await requester.keyboard.press('Space');
      await requester.getByRole('button', { name: 'Send rating' }).click();
      await requester.getByText('You rated this 4 out of 5').waitFor();
    },
    STEP_MS,
  );

  it(
    'the agent moves "As of" back and sees the ticket as it was',
    async () => {
      await agent.goto(`${server.base}/login?tenant=acme&user=agent&next=${encodeURIComponent(`/agent/tickets/${reference}`)}`);
      await agent.getByRole('heading', { name: `${reference}: The printer is offline` }).waitFor();
      await agent
        .getByTestId('ticket-status')
        .filter({ hasText: /closed|resolved/ })
        .waitFor();
      const slider = agent.getByRole('slider', { name: 'As of' });
      await slider.focus();
      await agent.keyboard.press('Home');
      await agent
        .getByTestId('as-of-status')
        .getByText(/Showing the ticket as it stood on/)
        .waitFor();
      // As it stood at intake: with the desk's group, nobody assigned yet, no notes.
      await agent.getByText('Status: assigned', { exact: true }).waitFor();
      await agent.getByText('Assignee: unassigned', { exact: true }).waitFor();
      expect(await agent.getByText('Spooler hung on the print server').count()).toBe(0);
      // A historical view offers no actions (the API's as-of answer has none).
      expect(await agent.getByRole('button', { name: 'Start work' }).count()).toBe(0);
      await accessible(agent, 'agent-ticket-as-of');
      await agent.getByRole('button', { name: 'Back to now' }).click();
      await agent.getByText('Assignee: agent', { exact: true }).waitFor();
    },
    STEP_MS,
  );

  it(
    'opens a ticket from the command palette (Ctrl-K) by its reference',
    async () => {
      await agent.goto(`${server.base}/login?tenant=acme&user=agent`);
      await agent.getByRole('table', { name: 'Incident queue' }).waitFor();
      await agent.keyboard.press('Control+k');
      const palette = agent.getByRole('dialog', { name: 'Command palette' });
      await palette.getByRole('textbox', { name: 'Command or ticket reference' }).fill(reference.toLowerCase());
      await accessible(agent, 'command-palette');
      await agent.keyboard.press('Enter');
      await agent.getByRole('heading', { name: `${reference}: The printer is offline` }).waitFor();
    },
    STEP_MS,
  );

  it(
    'opens a service request (REQ) and takes the actions its status allows, from a task to fulfilment',
    async () => {
      const submitted = await fetch(`${server.base}/api/v1/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('requester')}` },
        body: JSON.stringify({ catalogItem: 'monitor', description: 'A second screen for the new desk' }),
      });
      expect(submitted.status).toBe(201);
      const request = ((await submitted.json()) as { reference: string }).reference;
      // Its approvers (the requester's manager, by the default catalog) approve it first, over the API.
      const read = await fetch(`${server.base}/api/v1/requests/${request}`, { headers: { authorization: `Bearer ${await token('agent')}` } });
      const { approvals } = (await read.json()) as { approvals: { approver: string; decision: string }[] };
      for (const { approver } of approvals.filter((approval) => approval.decision === 'pending')) await call(approver, `/requests/${request}/approve`, {});
      await agent.keyboard.press('Control+k');
      await agent.getByRole('dialog', { name: 'Command palette' }).getByRole('textbox', { name: 'Command or ticket reference' }).fill(request);
      await agent.keyboard.press('Enter');
      await agent.getByRole('heading', { name: `${request}: monitor` }).waitFor();
      await agent.getByTestId('request-status').filter({ hasText: 'approved' }).waitFor();
      expect(await agent.getByRole('button', { name: 'Fulfil' }).count()).toBe(1);

      await agent.getByRole('button', { name: 'Add task' }).click();
      const task = agent.getByRole('dialog', { name: 'Add task' });
      await task.getByRole('textbox', { name: /Task/ }).fill('Bring the monitor');
      await task.getByRole('textbox', { name: /Assignee/ }).fill('agent');
      await task.getByRole('button', { name: 'Add task' }).click();
      await agent.getByRole('cell', { name: 'Bring the monitor' }).waitFor();
      // An open task takes fulfilment off the allowed actions until it is done.
      await agent.getByRole('button', { name: 'Complete task' }).waitFor();
      expect(await agent.getByRole('button', { name: 'Fulfil' }).count()).toBe(0);
      await accessible(agent, 'agent-request');

      await agent.getByRole('button', { name: 'Complete task' }).click();
      // The one open task is the one offered.
      await agent.getByRole('combobox', { name: /Task/ }).click();
      expect(await agent.getByRole('option').count()).toBe(1);
      await agent.getByRole('option').first().click();
      await agent.getByRole('dialog', { name: 'Complete task' }).getByRole('button', { name: 'Complete task' }).click();
      await agent.getByRole('button', { name: 'Fulfil' }).click();
      await agent.getByRole('dialog', { name: 'Fulfil' }).getByRole('button', { name: 'Fulfil' }).click();
      await agent.getByTestId('request-status').filter({ hasText: 'fulfilled' }).waitFor();
      await agent.getByRole('button', { name: 'Close' }).waitFor();
    },
    STEP_MS,
  );

  it(
    'shows the major-incident panel on a major incident, and the portal announces it',
    async () => {
      const bearer = await token('agent');
      const opened = await fetch(`${server.base}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({
          channel: 'phone',
          caller: 'requester',
          shortDescription: 'Mail is down for everyone',
          description: 'No mail since 10:00',
          impact: 1,
          urgency: 1,
        }),
      });
      const { reference: major } = (await opened.json()) as { reference: string };
      await call('agent', `/incidents/${major}/declare-major`, { manager: 'service-owner', reason: 'Every user is affected' }, bearer);
      await agent.goto(`${server.base}/login?tenant=acme&user=agent&next=${encodeURIComponent(`/agent/tickets/${major}`)}`);
      const panel = agent.getByRole('region', { name: 'Major incident' });
      await panel.getByText('Manager: service-owner').waitFor();
      await accessible(agent, 'agent-major-incident');

      // The portal's front page announces it to every requester of the tenant.
      await requester.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Portal' }).click();
      await requester.getByRole('alert').filter({ hasText: 'We know, we are on it' }).getByText('Mail is down for everyone').waitFor();
      await accessible(requester, 'portal-announcement');
    },
    STEP_MS,
  );

  it(
    'the problem manager reads the timeline and edits the Kepner-Tregoe worksheet; the knowledge manager writes an article through its states and resolves a flag from the review queue',
    async () => {
      await call('problem-manager', '/problems', {
        shortDescription: 'Print spooler hangs',
        description: 'The spooler stops every few days',
        service: 'printing',
        impact: 2,
        urgency: 2,
        origin: 'repeat-incidents',
        incidents: [reference],
      });
      const manager = await signedIn('problem-manager');
      await manager.waitForURL('**/agent/problems');
      await manager.getByRole('table', { name: 'Problems' }).getByRole('link', { name: 'PRB0001001' }).click();
      await manager.getByRole('heading', { name: 'PRB0001001: Print spooler hangs' }).waitFor();
      await manager
        .getByRole('region', { name: 'Timeline' })
        .getByText(/Recorded PRB0001001/)
        .waitFor();
      await accessible(manager, 'problem');

      // The worksheet: the IS / IS NOT of one dimension, and a candidate cause tested against it.
      await manager.getByRole('button', { name: 'Edit worksheet' }).click();
      await manager.getByRole('textbox', { name: 'what: Is', exact: true }).fill('The print spooler stops');
      await manager.getByRole('textbox', { name: 'what: Is not', exact: true }).fill('The scanner service');
      await manager.getByRole('button', { name: 'Add a cause' }).click();
      await manager.getByRole('textbox', { name: 'Cause cause-1' }).fill('A memory leak in the printer driver');
      await manager.getByRole('combobox', { name: 'what: explains the IS', exact: true }).selectOption('yes');
      await manager.getByRole('combobox', { name: 'what: explains the IS NOT', exact: true }).selectOption('yes');
      await accessible(manager, 'problem-worksheet');
      await manager.getByRole('button', { name: 'Save worksheet' }).click();
      await manager.getByRole('cell', { name: 'The print spooler stops' }).waitFor();
      await manager
        .getByRole('list', { name: 'Candidate causes' })
        .getByText(/A memory leak in the printer driver: /)
        .waitFor();

      // Knowledge: an article written, edited and moved through its states, and a flag resolved from the review queue.
      await call('agent', '/knowledge/articles/KB0001001/flag', { reason: 'outdated', comment: 'The printer menu was renamed' });
      const librarian = await signedIn('knowledge-manager');
      await librarian.waitForURL('**/agent/knowledge');
      await librarian.getByRole('table', { name: 'Articles' }).getByText('Printer shows offline').waitFor();
      await librarian.getByRole('table', { name: 'Review queue' }).getByRole('link', { name: 'KB0001001' }).waitFor();
      await accessible(librarian, 'knowledge');

      await librarian.getByRole('link', { name: 'New article' }).click();
      const editor = librarian.getByRole('form', { name: 'Article editor' });
      await editor.getByRole('textbox', { name: /Title/ }).fill('Scanner jams on thick paper');
      await editor.getByRole('textbox', { name: /Problem/ }).fill('The scanner stops with a paper jam');
      await editor.getByRole('textbox', { name: /Resolution/ }).fill('Open the feeder and take the sheet out');
      await accessible(librarian, 'knowledge-new-article');
      await editor.getByRole('button', { name: 'Create article' }).click();
      await librarian.getByRole('heading', { name: 'KB0001002: Scanner jams on thick paper' }).waitFor();
      await librarian.getByTestId('article-state').filter({ hasText: 'work-in-progress' }).waitFor();
      await librarian.getByRole('button', { name: 'Edit', exact: true }).click();
      await librarian.getByRole('form', { name: 'Article editor' }).getByRole('textbox', { name: 'Cause' }).fill('Paper over 120 g/m²');
      await librarian.getByRole('button', { name: 'Save changes' }).click();
      await librarian.getByRole('region', { name: 'Cause' }).getByText('Paper over 120 g/m²').waitFor();
      await librarian.getByRole('button', { name: 'Submit for validation' }).click();
      await librarian.getByTestId('article-state').filter({ hasText: 'not-validated' }).waitFor();
      await librarian.getByRole('button', { name: 'Validate' }).click();
      await librarian.getByTestId('article-state').filter({ hasText: 'State: validated' }).waitFor();
      await accessible(librarian, 'knowledge-article');

      await librarian.getByRole('link', { name: 'Back to knowledge' }).click();
      await librarian.getByRole('table', { name: 'Review queue' }).getByRole('link', { name: 'KB0001001' }).click();
      await librarian
        .getByRole('region', { name: 'Open flags' })
        .getByText(/The printer menu was renamed/)
        .waitFor();
      await librarian.getByRole('button', { name: 'Resolve a flag' }).click();
      const resolving = librarian.getByRole('dialog', { name: 'Resolve a flag' });
      await resolving.getByRole('combobox', { name: /Flag/ }).click();
      await librarian.getByRole('option').first().click();
      await resolving.getByRole('textbox', { name: /What was done/ }).fill('Steps now name the new menu');
      await resolving.getByRole('button', { name: 'Resolve a flag' }).click();
      await librarian.getByRole('region', { name: 'Open flags' }).waitFor({ state: 'detached' });
    },
    STEP_MS,
  );

  it(
    "signs in with the issuer's password (authorization code with PKCE) and keeps the token out of storage",
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${server.base}/login`);
      const authorize = page.waitForRequest((request) => request.url().includes('/oauth/authorize?'));
      await page.getByRole('button', { name: 'Sign in with a password' }).click();
      const sent = new URL((await authorize).url()).searchParams;
      expect({ method: sent.get('code_challenge_method'), type: sent.get('response_type'), client: sent.get('client_id') }).toEqual({
        method: 'S256',
        type: 'code',
        client: 'web',
      });
      expect(sent.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await page.getByLabel('Desk').fill('acme');
      await page.getByLabel('User').fill('agent');
      await page.getByLabel('Password').fill('web-test-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/agent');
      await page.getByRole('table', { name: 'Incident queue' }).waitFor();
      const stored = await page.evaluate(() => {
        const scope = globalThis as unknown as { localStorage: Record<string, string>; sessionStorage: Record<string, string> };
        return JSON.stringify({ ...scope.localStorage, ...scope.sessionStorage });
      });
      expect(stored).not.toMatch(/eyJ/);
    },
    STEP_MS,
  );

  it(
    'loads the portal with less than 250 KB of gzipped JavaScript',
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${server.base}/login?tenant=acme&user=requester`);
      await page.getByRole('button', { name: 'Open form: Something is broken' }).waitFor();
      const sizes = await Promise.all(scripts);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      console.log(`portal first load: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
      expect(total).toBeLessThan(250 * 1024);
    },
    STEP_MS,
  );

  it(
    'renders only the rows in view of a long queue, and scrolls to its end',
    async () => {
      const bearer = await token('agent');
      const count = 1_000;
      for (let start = 0; start < count; start += 10) {
        await Promise.all(
          Array.from({ length: Math.min(10, count - start) }, (_, i) =>
            call(
              'agent',
              '/incidents',
              {
                channel: 'phone',
                caller: 'requester',
                shortDescription: `Bulkload ticket ${start + i}`,
                description: 'Queue scrolling',
                impact: 3,
                urgency: 3,
              },
              bearer,
            ),
          ),
        );
      }
      const page = await signedIn('agent');
      await page.goto(`${server.base}/login?tenant=acme&user=agent&next=${encodeURIComponent('/agent?q=bulkload')}`);
      const table = page.getByRole('table', { name: 'Incident queue' });
      await page.getByText(`${count} tickets`, { exact: false }).waitFor();
      const rendered = await table.locator('tbody tr:not([aria-hidden])').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(60);
      await page.getByRole('region', { name: 'Incident queue rows' }).evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await table.getByText(`Bulkload ticket ${count - 1}`, { exact: true }).waitFor();
      await accessible(page, 'agent-queue-long');

      // The API sorts, across every page: newest first puts the last batch on top.
      await choose(page, /Sort by/, 'Age (newest first)');
      await page.getByRole('region', { name: 'Incident queue rows' }).evaluate((element) => element.scrollTo(0, 0));
      await table
        .locator('tbody tr:not([aria-hidden])')
        .first()
        .getByText(/^Bulkload ticket 99\d$/)
        .waitFor();
      expect(requested.get(page)!.some((request) => request.url.includes('/api/v1/incidents?') && request.url.includes('sort=-age'))).toBe(true);
    },
    2 * STEP_MS,
  );
});
