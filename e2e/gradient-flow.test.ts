// The gradient-flow widget in chapter 5, driven by keyboard and mouse in a real browser. The run
// is computed in a Web Worker; these tests wait for the numbers of the settings asked for.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openFlow(query = '', viewport?: { width: number; height: number }) {
  const page = await site.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/unstable-gradients/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="gradient-flow"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="gradient-flow"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

/** Waits until the run shown is the one for `settings` ("act|init|seed") and nothing is computing. */
async function shows(page: Page, settings: string) {
  await page.locator(`[data-testid="gf-result"][data-settings="${settings}"]`).waitFor({ state: 'attached' });
  await expect.poll(() => page.getByText('Computing the forward and backward pass').count()).toBe(0);
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

/** RMS δˡ of layer 1 ('first') or layer 10 ('last') in the layer table. */
const rmsDelta = (page: Page, row: 'first' | 'last') => page.getByTestId('gf-table').locator('tbody tr')[row]().locator('td').nth(5).textContent();

test('opens on the sigmoid with N(0, 1) weights, seed 1: the chapter’s numbers, computed in a worker', async () => {
  const { page, problems } = await openFlow();
  await shows(page, 'sigmoid|normal|1');
  expect(await text(page, 'gf-ratio')).toBe('0.434');
  expect(await text(page, 'gf-var10')).toBe('22.9');
  const verdict = await text(page, 'gf-verdict');
  expect(verdict).toMatch(/^Vanishing\. 55 % of layer 1's units are flat/);
  // The verdict compares with the error fed in (0.0475 / 0.984 = 0.0483); the bars and the table
  // show RMS δ¹ itself, the 0.0475 the chapter quotes.
  expect(verdict).toContain('RMS 0.984; after the top layer it is 0.11, and layer 1 receives 0.0483 of it.');
  expect(await rmsDelta(page, 'first')).toBe('0.0475');
  expect(await rmsDelta(page, 'last')).toBe('0.11');
  expect(await page.getByRole('img', { name: /^Histogram of the activations of layer/ }).count()).toBe(10);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('the keyboard picks Glorot weights, the list picks tanh; the URL follows', async () => {
  const { page } = await openFlow();
  await shows(page, 'sigmoid|normal|1');
  await page.getByRole('radio', { name: 'N(0, 1)' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.getByRole('radio', { name: 'Glorot' }).isChecked()).toBe(true);
  await shows(page, 'sigmoid|glorot|1');
  expect(await rmsDelta(page, 'first')).toBe('4.84 × 10⁻⁷');
  await page.getByRole('combobox', { name: /Activation/ }).selectOption('tanh');
  await shows(page, 'tanh|glorot|1');
  expect(await text(page, 'gf-ratio')).toBe('0.298');
  await page.waitForFunction(() => location.search.includes('gf.act=tanh') && location.search.includes('gf.init=glorot'));
  await page.close();
});

test('a click on Next seed draws a new network, and the log-scale box is a click away', async () => {
  const { page } = await openFlow();
  await shows(page, 'sigmoid|normal|1');
  await page.getByRole('button', { name: 'Next seed' }).click();
  await shows(page, 'sigmoid|normal|2');
  expect(await page.getByRole('spinbutton', { name: 'Seed' }).inputValue()).toBe('2');
  await page.getByRole('checkbox', { name: 'Log scale' }).click();
  await page.waitForFunction(() => location.search.includes('gf.seed=2') && location.search.includes('gf.log=1'));
  expect(await page.getByRole('img', { name: /logarithmic scale/ }).count()).toBe(1);
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page } = await openFlow('?gf.act=tanh&gf.init=glorot');
  await shows(page, 'tanh|glorot|1');
  expect(await text(page, 'gf-ratio')).toBe('0.298');
  const table = page.getByTestId('gf-table');
  // std of a¹ and a¹⁰, as the chapter's lead-in quotes them.
  expect(await table.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('0.63');
  expect(await table.locator('tbody tr').last().locator('td').nth(1).textContent()).toBe('0.235');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and a bad seed typed in is refused in words', async () => {
  const { page, problems } = await openFlow('?gf.act=banana&gf.seed=-4&gf.init=%3Cscript%3E');
  await shows(page, 'sigmoid|normal|1');
  await expect.poll(() => page.locator('[data-widget="gradient-flow"] .widget-notice li').count()).toBe(3);
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('0');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'A seed is a whole number' }).count()).toBe(1);
  expect(await seed.getAttribute('aria-invalid')).toBe('true');
  expect(await text(page, 'gf-ratio')).toBe('0.434');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('fits a 375 px phone: nothing wider than the widget frame', async () => {
  const { page, frame } = await openFlow('', { width: 375, height: 800 });
  await shows(page, 'sigmoid|normal|1');
  const overflow = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const docOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(docOverflow).toBeLessThanOrEqual(0);
  await page.close();
});

test('projector mode fills the screen and keeps the numbers', async () => {
  const { page, frame } = await openFlow();
  await shows(page, 'sigmoid|normal|1');
  await frame.getByRole('button', { name: 'Projector' }).click();
  const box = (await frame.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(await text(page, 'gf-ratio')).toBe('0.434');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await frame.getAttribute('class')) ?? '').not.toContain('projector');
  await page.close();
});
