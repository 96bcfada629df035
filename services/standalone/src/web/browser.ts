import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describeUnless } from '@deskstream/testing';

/** Debian's chromium (.ci/run installs it); a browser is never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../../..');

/** A suite that drives Chromium; reported as skipped, with the reason, where there is none. */
export function describeInBrowser(name: string, suite: () => void): void {
  describeUnless(existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (Debian package chromium)`, name, suite);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds services/web when its output is missing or older than its sources (scripts/build-web.sh). */
export function buildWebApp(): void {
  const result = spawnSync('sh', ['scripts/build-web.sh'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${ROOT}/node_modules/.bin:${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error('the web app did not build');
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.2 A/AA and best practices). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's script policy (self only) stays as it is.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) => {
      const scope = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> }; document: unknown };
      return (await scope.axe.run(scope.document, { runOnly: { type: 'tag', values: tags } })).violations;
    },
    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')})`);
}

/**
 * Screenshots for docs/screenshots/: written there with UPDATE_SCREENSHOTS=1, else into the test's
 * temporary directory, so an ordinary run leaves the committed pictures alone.
 */
export function screenshotDir(scratch: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : join(scratch, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
