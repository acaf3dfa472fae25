// The ODE trial-solution widget in chapter 11: trains in its Web Worker in a real browser.
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

async function openOde(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  const workers: { url: string; closed: boolean }[] = [];
  page.on('worker', (w) => {
    const entry = { url: w.url(), closed: false };
    workers.push(entry);
    w.on('close', () => (entry.closed = true));
  });
  await page.goto(`${site.url('/chapters/differential-equations/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="ode-trial"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="ode-trial"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems, workers };
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

test('opens untrained, then trains in the worker to the chapter’s numbers', async () => {
  const { page, frame, problems, workers } = await openOde();
  expect(await text(page, 'ode-error')).toBe('7.876');
  expect(await text(page, 'ode-cost')).toBe('3354');
  expect(await text(page, 'ode-g0')).toBe('10');
  await frame.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => text(page, 'ode-status'), { timeout: 90_000, interval: 250 }).toBe('Finished 10000 iterations.');
  expect(await text(page, 'ode-error')).toBe('0.00307');
  expect(workers.length).toBeGreaterThan(0);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
}, 120_000);

test('Stop and Resume by keyboard; sliders answer at once and the URL follows', async () => {
  // A long run, so that Stop arrives while it is still training.
  const { page, frame } = await openOde('?ode.iters=100000');
  await frame.getByRole('button', { name: 'Train', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(await text(page, 'ode-iteration'))).toBeGreaterThan(0);
  await frame.getByRole('button', { name: 'Stop' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'ode-status')).toMatch(/^Stopped at iteration \d+/);
  const stopped = await text(page, 'ode-iteration');
  await page.waitForTimeout(300);
  expect(await text(page, 'ode-iteration')).toBe(stopped);
  await frame.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => Number(await text(page, 'ode-iteration'))).toBeGreaterThan(Number(stopped));
  await frame.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('slider', { name: /γ =/ }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await text(page, 'ode-gamma')).toBe('2.1');
  expect(await text(page, 'ode-iteration')).toBe('0');
  await page.waitForFunction(() => location.search === '?ode.gamma=2.1&ode.iters=100000');
  await page.close();
}, 120_000);

test('a link with state opens the same run; a diverging run is reported with a reset', async () => {
  const { page, frame } = await openOde('?ode.opt=gd&ode.lr=1&ode.iters=500');
  await frame.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => text(page, 'ode-status'), { timeout: 30_000 }).toMatch(/^Training diverged at iteration \d+/);
  await frame.getByRole('button', { name: 'Reset with η = 0.1' }).click();
  expect(await text(page, 'ode-lr')).toBe('0.1');
  expect(await text(page, 'ode-status')).toMatch(/^Untrained/);
  await page.close();
}, 60_000);

test('nonsense in the link is explained, not obeyed', async () => {
  const { page, frame, problems } = await openOde('?ode.lr=1e6&ode.points=NaN&ode.gamma=-1');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“lr=1e6” is above the maximum 10');
  expect(await text(page, 'ode-error')).toBe('7.876');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('leaving the chapter terminates the worker', async () => {
  const { page, frame, workers } = await openOde('?ode.iters=100000');
  await frame.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL(/autoencoders-and-gans/);
  await expect.poll(() => workers.every((w) => w.closed), { timeout: 15_000 }).toBe(true);
  await page.close();
}, 60_000);
