// With JavaScript switched off, the book still reads: text, typeset math and navigation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, openSite, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite({ javaScriptEnabled: false });
});

afterAll(async () => {
  await site?.close();
});

describe.each(builtPages())('page %s without JavaScript', (path) => {
  test('shows its text, its typeset formulas and the chapter list', async () => {
    const page = await site.context.newPage();
    await page.goto(site.url(path), { waitUntil: 'load' });
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Chapters' }).first().isVisible()).toBe(true);
    if (path.startsWith('/chapters/')) {
      const formula = page.locator('.katex-html').first();
      const box = await formula.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(5);
      // KaTeX's own fonts come from the site, not from a CDN.
      const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.family.startsWith('KaTeX')).length);
      expect(fonts).toBeGreaterThan(0);
    }
    await page.close();
  });
});
