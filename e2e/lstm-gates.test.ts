// The LSTM-gates stepper in chapter 9, driven by keyboard and mouse in a real browser.
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

async function openLstm(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/recurrent-networks/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="lstm-gates"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="lstm-gates"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();
const gates = (page: Page) => Promise.all(['lg-f', 'lg-i', 'lg-g', 'lg-c', 'lg-o', 'lg-h'].map((id) => text(page, id)));

test('opens on the chapter’s worked step, typeset with its numbers', async () => {
  const { page, frame, problems } = await openLstm();
  expect(await gates(page)).toEqual(['0.8022', '0.6637', '0.7779', '0.9174', '0.6985', '0.5062']);
  expect(await frame.locator('[data-testid="lg-equations"] .katex-display').count()).toBe(6);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('→ and ← on the stepper, and the Forward button, step through time; the URL follows', async () => {
  const { page, frame } = await openLstm();
  await frame.getByRole('button', { name: /Forward/ }).click();
  expect(await text(page, 'lg-c')).toBe('1.3438');
  await frame.getByRole('group', { name: /Time step/ }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await gates(page)).toEqual(['0.7331', '0.4130', '-0.4346', '0.8056', '0.3372', '0.2250']);
  await page.keyboard.press('ArrowLeft');
  expect(await text(page, 'lg-step')).toContain('Step t = 2 of 5');
  await page.waitForFunction(() => location.search === '?lg.t=2');
  await page.close();
});

test('typing a new sequence and drawing new weights recompute; a link opens the same numbers', async () => {
  const { page, frame } = await openLstm();
  await page.getByTestId('lg-xs').fill('0, 2');
  expect(await text(page, 'lg-f')).toBe('0.7503');
  await frame.getByRole('button', { name: 'New random weights' }).click();
  await page.waitForFunction(() => location.search.includes('lg.seed=1'));
  const f = await text(page, 'lg-f');
  const url = page.url();
  const { page: again } = await openLstm(new URL(url).search);
  expect(await text(again, 'lg-f')).toBe(f);
  expect(await again.getByTestId('lg-xs').inputValue()).toBe('0, 2');
  await again.close();
  await page.close();
});

test('nonsense in the link and in the inputs is explained, with no console errors', async () => {
  const { page, frame, problems } = await openLstm('?lg.xs=1,zz&lg.t=-3&lg.c0=1e9');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“c0=1e9” is above the maximum 10');
  expect(await text(page, 'lg-f')).toBe('0.8022');
  await page.getByTestId('lg-xs').fill('1, 2, x');
  expect(await frame.getByText('Input 3, “x”, is not a number.').count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
