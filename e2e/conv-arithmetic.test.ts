// The padding / stride arithmetic widget in chapter 7, driven by keyboard and mouse in a real
// browser, and the URL contract: arith.i, arith.k, arith.p, arith.s, arith.d (and arith.i2 … for
// the columns) open the widget on those numbers.
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

async function openArith(query = '', viewport?: { width: number; height: number }) {
  const page = await site.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/convolution-arithmetic/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="conv-arithmetic"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="conv-arithmetic"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const size = (page: Page) => page.getByTestId('output-size').textContent();

test('the chapter’s link ?arith.i=7&arith.k=3&arith.p=1&arith.s=2 opens on 4 × 4', async () => {
  const { page, problems } = await openArith('?arith.i=7&arith.k=3&arith.p=1&arith.s=2');
  await expect.poll(() => size(page)).toBe('4 × 4');
  expect(await page.getByTestId('arith-i').inputValue()).toBe('7');
  expect(await page.getByRole('img', { name: /^Output, 4 by 4; 16 of 16 entries computed/ }).count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('separate axes from the link: ?arith.i=6&arith.k=3&arith.s=2&arith.i2=7&arith.s2=1 → 2 × 5', async () => {
  const { page } = await openArith('?arith.i=6&arith.k=3&arith.s=2&arith.i2=7&arith.s2=1');
  await expect.poll(() => size(page)).toBe('2 × 5');
  expect(await page.getByRole('checkbox', { name: 'Separate rows and columns' }).isChecked()).toBe(true);
  await page.close();
});

test('an invalid link is explained in place of the output, and the page does not break', async () => {
  for (const [query, words] of [
    ['?arith.i=3&arith.k=5', 'The kernel (k = 5) is larger than the padded input, i + 2p = 3 + 2·0 = 3'],
    ['?arith.s=0', 'Stride 0 never moves the window'],
    ['?arith.p=-1', 'Padding cannot be negative'],
    ['?arith.d=0', 'Dilation 0 is not possible'],
  ] as const) {
    const { page, problems } = await openArith(query);
    await expect.poll(() => page.getByTestId('output-error').textContent()).toContain(words);
    expect(await page.getByTestId('output-size').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  }
});

test('nonsense values in the link fall back with a notice', async () => {
  const { page, problems } = await openArith('?arith.i=NaN&arith.k=%3Cb%3E&arith.mode=banana');
  await expect.poll(() => page.locator('[data-widget="conv-arithmetic"] .widget-notice li').count()).toBe(3);
  expect(await size(page)).toBe('3 × 3');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('the keyboard changes the stride and steps the window; the URL follows', async () => {
  const { page } = await openArith();
  await expect.poll(() => size(page)).toBe('3 × 3');
  await page.getByTestId('arith-s').focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => size(page)).toBe('2 × 2');
  await page.waitForFunction(() => location.search.includes('arith.s=2'));
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => page.getByTestId('arith-working').textContent()).toMatch(/^Output \(1, 1\): /);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByTestId('arith-working').textContent()).toMatch(/^Output \(1, 2\): /);
  await page.close();
});

test('a click loads the notes’ stride (3, 2) example, and a click on an output cell shows its window', async () => {
  const { page } = await openArith();
  await page.getByRole('combobox', { name: /Worked example/ }).selectOption('stride');
  await expect.poll(() => size(page)).toBe('2 × 2');
  const output = page.getByRole('img', { name: /^Output, 2 by 2/ });
  expect(await output.locator('text').allTextContents()).toEqual(['0', '8', '6', '8']);
  await output.locator('g').first().click();
  await expect.poll(() => page.getByTestId('arith-working').textContent()).toBe('Output (1, 1): 0·0 + 0·1 + 0·2 + 0·3 = 0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => page.getByTestId('arith-working').textContent(), { timeout: 10_000 }).toContain('Output (1, 2)');
  await page.close();
});

test('exercise mode checks a typed answer', async () => {
  const { page } = await openArith('?arith.quiz=1&arith.q=5');
  const answer = page.getByRole('textbox', { name: /Output size o/ });
  await answer.fill('abc');
  await answer.press('Enter');
  await expect.poll(() => page.getByTestId('arith-exercise-result').textContent()).toContain('“abc” is not a whole number');
  await page.close();
});

test('fits a 375 px phone', async () => {
  const { page, frame } = await openArith('?arith.ex=padded&arith.i=3&arith.k=2&arith.p=1', { width: 375, height: 800 });
  await expect.poll(() => size(page)).toBe('4 × 4');
  expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.close();
});
