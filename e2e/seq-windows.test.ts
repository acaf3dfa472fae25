// The sequence-windowing widget in chapter 9, driven by keyboard and mouse in a real browser.
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

async function openWindows(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/recurrent-networks/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="seq-windows"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="seq-windows"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

test('opens on the notes’ table: sequence length 3, one batch of 8', async () => {
  const { page, frame, problems } = await openWindows();
  expect(await text(page, 'sw-summary')).toContain('11 − 3 = 8 windows; ⌈8/8⌉ = 1 batch');
  expect(await frame.locator('tbody tr').count()).toBe(8);
  expect(await frame.locator('tbody tr').last().textContent()).toBe('87, 8, 910');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('the keyboard sets batch size 4 and steps the window; the URL follows', async () => {
  const { page, frame } = await openWindows();
  await page.getByTestId('sw-batch').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await frame.getByText(/^Batch \d$/).allTextContents()).toEqual(['Batch 1', 'Batch 2']);
  await frame.getByRole('group', { name: /Windows by batch/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await text(page, 'sw-current')).toBe('Window 3 of 8: (2, 3, 4) → 5');
  await page.waitForFunction(() => location.search === '?sw.batch=4&sw.pick=2');
  await page.close();
});

test('clicking a row and the Next button move the highlighted window', async () => {
  const { page, frame } = await openWindows();
  await frame.getByRole('button', { name: '6', exact: true }).click();
  expect(await text(page, 'sw-current')).toBe('Window 6 of 8: (5, 6, 7) → 8');
  await frame.getByRole('button', { name: /Next window/ }).click();
  expect(await text(page, 'sw-current')).toBe('Window 7 of 8: (6, 7, 8) → 9');
  await page.close();
});

test('a link with state opens the same table (the chapter’s exercise)', async () => {
  const { page } = await openWindows('?sw.length=12&sw.seq=4&sw.batch=3&sw.pick=7');
  expect(await text(page, 'sw-summary')).toContain('12 − 4 = 8 windows; ⌈8/3⌉ = 3 batches, the last holding 2');
  expect(await text(page, 'sw-current')).toBe('Window 8 of 8: (7, 8, 9, 10) → 11');
  await page.close();
});

test('nonsense in the link and impossible settings are explained, with no console errors', async () => {
  const { page, frame, problems } = await openWindows('?sw.seq=0&sw.batch=1e9&sw.series=cosine');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“seq=0” is below the minimum 1');
  await page.getByTestId('sw-seq').fill('11');
  expect(await text(page, 'sw-problem')).toContain('needs at least 12 values; it has 11');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
