// Shared set-up for the browser tests: serve out/ on a free port and drive Debian's Chromium.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

export interface Site {
  /** Absolute URL of the site root, with the base path and a trailing slash. */
  root: string;
  basePath: string;
  context: BrowserContext;
  /** Absolute URL for a site path such as '/chapters/neurons/'. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function openSite(options: Record<string, unknown> = {}): Promise<Site> {
  if (!existsSync('out/build-info.json')) throw new Error('No built site in out/: run `npm run build` first.');
  const { basePath } = JSON.parse(readFileSync('out/build-info.json', 'utf8')) as { basePath: string };
  const { server, url: root } = await serveStatic({ root: 'out', basePath });
  const browser = await launchBrowser(options);
  // Chapters are long pages full of typeset math; give them time on a busy two-core machine.
  browser.context.setDefaultTimeout(60_000);
  browser.context.setDefaultNavigationTimeout(90_000);
  return {
    root,
    basePath,
    context: browser.context,
    url: (path) => new URL(path.replace(/^\//, ''), root).href,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Every page of the built site, as site paths ('/', '/chapters/neurons/', …), from out/. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === '_next' || name === 'pagefind') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative('out', dir).split(sep).join('/')}/`.replace('//', '/'));
    }
  };
  walk('out');
  return pages.filter((p) => !p.startsWith('/_not-found') && !p.startsWith('/404')).sort();
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records console errors, uncaught exceptions and failed or 4xx/5xx requests on a page. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => problems.consoleErrors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.failedRequests.push(`${r.url()} → ${r.status()}`));
  return problems;
}

/**
 * Scrolls through the whole page so every lazy widget loads, then waits until each widget slot
 * holds its widget (or its error message) and every font has arrived.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.8);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
  });
  // On a slow machine the page may hydrate only after that first pass, so visit each widget slot
  // in turn and wait for it to fill while it is on screen.
  const slots = await page.locator('[data-widget-slot]').all();
  for (const slot of slots) {
    await slot.scrollIntoViewIfNeeded();
    await slot.locator('[data-widget], .widget-error').first().waitFor({ state: 'attached' });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const AXE_PATH = join('node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
