// Every page of the built book, in a real browser: it loads cleanly, passes axe in light and dark
// mode, fits a 375 px phone, and every internal link and #anchor it has resolves.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, openSite, scrollThrough, seriousAxeViolations, watchProblems, type Site } from './site';

let site: Site;
const pages = builtPages();
const htmlCache = new Map<string, Promise<{ status: number; html: string }>>();

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

function fetchPage(url: string) {
  const key = url.split('#')[0];
  if (!htmlCache.has(key)) htmlCache.set(key, fetch(key).then(async (r) => ({ status: r.status, html: await r.text() })));
  return htmlCache.get(key)!;
}

test('the build has the front page and every chapter', () => {
  expect(pages).toContain('/');
  expect(pages.filter((p) => p.startsWith('/chapters/')).length).toBe(11);
});

describe.each(pages)('page %s', (path) => {
  let page: Page;
  let problems: ReturnType<typeof watchProblems>;

  beforeAll(async () => {
    page = await site.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    problems = watchProblems(page);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await scrollThrough(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  test('loads every script, style, font and widget with no console error or failed request', () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test('serves typeset math in the HTML itself, before any JavaScript runs', async () => {
    const { status, html } = await fetchPage(site.url(path));
    expect(status).toBe(200);
    if (path.startsWith('/chapters/')) {
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
    }
  });

  test('axe finds no serious or critical violations, in light and in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('fits a 375 px phone without sideways scrolling, and passes axe there', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        // Boxes that scroll on their own, KaTeX's visually hidden MathML copy, and shapes inside an
        // <svg> (which clips them) may reach further; the boxes themselves must fit.
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .filter((el) => !el.closest('.katex-display, .katex-mathml, .table-scroll, pre, .figure-body') && !el.parentElement?.closest('svg'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  test('every internal link and #anchor resolves', async () => {
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs)].filter((h) => h.startsWith(site.root));
    const broken: string[] = [];
    for (const href of internal) {
      const { status, html } = await fetchPage(href);
      if (status !== 200) broken.push(`${href} → ${status}`);
      const hash = decodeURIComponent(new URL(href).hash.slice(1));
      if (hash && !html.includes(`id="${hash}"`)) broken.push(`${href}: no element with id "${hash}"`);
    }
    expect(broken).toEqual([]);
  });
});

test('an unknown address gets the book’s 404 page', async () => {
  const response = await fetch(site.url('/chapters/no-such-chapter/'));
  expect(response.status).toBe(404);
  const html = await response.text();
  expect(html).toContain('This page isn’t in the book');
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(site.url('/chapters/no-such-chapter/'), { waitUntil: 'networkidle' });
  expect(await page.getByRole('link', { name: 'front page' }).isVisible()).toBe(true);
  // The document itself is the expected 404; nothing else may fail.
  expect(problems.failedRequests.filter((r) => !r.includes('no-such-chapter'))).toEqual([]);
  expect(problems.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  await page.close();
});
