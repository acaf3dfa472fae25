// The reader's frame in a real browser: search, theme, navigation on a phone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('search finds a chapter by a word in its text, and the result opens it', async () => {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(site.url('/'), { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.keyboard.type('backpropagation');
  const first = page.locator('.search-results a').first();
  await first.waitFor({ state: 'visible' });
  expect(await page.locator('.search-status').textContent()).toMatch(/\d+ match/);
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.some((h) => h.includes('/chapters/backpropagation/'))).toBe(true);
  await first.click();
  await page.waitForURL(/\/chapters\//);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('search says so when nothing matches (an exact-phrase query found nowhere)', async () => {
  const page = await site.context.newPage();
  await page.goto(site.url('/'), { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search the book' }).fill('"zzqxjvwk"');
  await expect.poll(() => page.locator('.search-status').textContent()).toBe('No matches.');
  await page.close();
});

test('the theme button cycles auto → light → dark, and the choice survives a reload', async () => {
  const page = await site.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(site.url('/chapters/neurons/'), { waitUntil: 'networkidle' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();
  const button = page.getByRole('button', { name: /Colour theme/ });
  await button.click();
  expect(await theme()).toBe('light');
  await button.click();
  expect(await theme()).toBe('dark');
  expect(await background()).not.toBe(lightBackground);
  await page.reload({ waitUntil: 'networkidle' });
  expect(await theme()).toBe('dark');
  await page.getByRole('button', { name: /Colour theme/ }).click();
  expect(await theme()).toBe('system');
  await page.close();
});

test('on a phone the chapter list folds into a menu that opens', async () => {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(site.url('/chapters/training/'), { waitUntil: 'networkidle' });
  const menu = page.locator('.chapter-menu');
  expect(await menu.getByRole('link', { name: /Convolution$/ }).isVisible()).toBe(false);
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: /^6\s*Convolution$/ }).click();
  await page.waitForURL(/\/chapters\/convolution\/$/);
  await page.close();
});

test('previous and next links walk the book in table-of-contents order', async () => {
  const page = await site.context.newPage();
  await page.goto(site.url('/chapters/backpropagation/'), { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: /Next →/ }).click();
  await page.waitForURL(/\/chapters\/training\/$/);
  await page.getByRole('link', { name: /← Previous/ }).click();
  await page.waitForURL(/\/chapters\/backpropagation\/$/);
  await page.close();
});
