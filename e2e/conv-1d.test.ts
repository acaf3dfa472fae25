// The 1D convolution widget in chapter 6, driven by keyboard and mouse in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openWidget(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/convolution/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="conv-1d"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="conv-1d"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on the chapter’s moving average: y(1) = 2.5', async () => {
  const { page, problems } = await openWidget();
  expect(await page.getByTestId('c1-sum-line').textContent()).toBe('y(1) = 1·0.5 + 4·0.5 = 2.5');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('the keyboard moves the kernel and edits a bar; the URL follows', async () => {
  const { page, frame } = await openWidget();
  await frame.getByRole('slider', { name: /Position t/ }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.getByTestId('c1-sum-line').textContent()).toBe('y(2) = 4·0.5 + 2·0.5 = 3');
  await frame.getByRole('slider', { name: 'x(2)' }).focus();
  await page.keyboard.press('ArrowUp');
  expect(await page.getByTestId('c1-sum').textContent()).toBe('3.5');
  await page.waitForFunction(() => location.search.includes('c1.sig=1%2C4%2C3%2C8') && location.search.includes('c1.t=2'));
  await page.close();
});

test('dragging a signal bar with the mouse changes its value', async () => {
  const { page } = await openWidget();
  const box = (await page.getByTestId('c1-signal-bars').boundingBox())!;
  // Columns: k − 1 = 1 column of padding, then x(0) … x(3); x(0) sits in the second of 6 columns.
  const x = box.x + box.width * (1.5 / 6);
  await page.mouse.move(x, box.y + box.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height * 0.75, { steps: 4 });
  await page.mouse.up();
  const value = Number((await page.getByRole('slider', { name: 'x(0)' }).getAttribute('aria-valuenow')) ?? 'NaN');
  expect(value).toBeLessThan(0);
  await page.close();
});

test('Play builds the whole output', async () => {
  const { page, frame } = await openWidget();
  await frame.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => page.getByTestId('c1-output').textContent(), { timeout: 10_000 }).toBe('y = (0.5, 2.5, 3, 5, 4)');
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page } = await openWidget('?c1.ker=1,-1&c1.mode=cross&c1.t=3');
  expect(await page.getByTestId('c1-sum-line').textContent()).toBe('c(2) = 2·1 + 8·(−1) = −6');
  await page.close();
});

test('nonsense in the link and in the fields is explained, and breaks nothing', async () => {
  const { page, frame, problems } = await openWidget('?c1.sig=1,abc&c1.t=1e9&c1.mode=%3Cb%3E');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  await page.getByTestId('c1-kernel').fill('1, 1e6');
  expect(await frame.getByRole('alert').textContent()).toBe('Entry 2 of the kernel, 1e6, is outside ±100.');
  expect(await page.getByTestId('c1-sum').textContent()).toBe('2.5');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
