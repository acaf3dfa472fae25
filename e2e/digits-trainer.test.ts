// The digits trainer in chapter 4, in a real browser: training runs in a Web Worker over the built
// site and gives the same numbers as the Node tests (tests/widgets/digits-trainer).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openTrainer(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/training/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="digits-trainer"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="digits-trainer"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('Train by keyboard: the defaults reach 97.5% after epoch 6 and finish at 353 of 360, as in Node', async () => {
  const { page, frame, problems } = await openTrainer();
  await frame.getByRole('button', { name: 'Train' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => frame.getByTestId('dt-status').textContent(), { timeout: 60_000 }).toMatch(/^Finished: epoch 30 of 30/);
  expect(await frame.getByTestId('dt-test-acc').textContent()).toBe('353 of 360 (98.1%)');
  expect(await frame.getByTestId('dt-train-acc').textContent()).toBe('1437 of 1437 (100.0%)');
  expect(await frame.getByTestId('dt-target').textContent()).toMatch(/after epoch 6,/);
  expect(await frame.getByText('The 7 test digits it gets wrong (true → guessed)').count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('a link with state opens the same run: epochs 3, seed 2 give 343 of 360', async () => {
  const { page, frame } = await openTrainer('?dt.epochs=3&dt.seed=2');
  expect(await frame.getByTestId('dt-epochs').inputValue()).toBe('3');
  await frame.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => frame.getByTestId('dt-status').textContent(), { timeout: 60_000 }).toMatch(/^Finished: epoch 3 of 3/);
  expect(await frame.getByTestId('dt-test-acc').textContent()).toBe('343 of 360 (95.3%)');
  await page.close();
});

test('settings typed in go to the URL; nonsense typed in is refused in words', async () => {
  const { page, frame } = await openTrainer();
  await frame.getByTestId('dt-hidden').fill('80');
  await page.waitForFunction(() => location.search.includes('dt.hidden=80'));
  await frame.getByTestId('dt-lr').fill('1e6');
  expect(await frame.getByRole('alert').textContent()).toContain('η = 1e6 is outside 0.0001 to 100');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => location.search)).toBe('?dt.hidden=80');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openTrainer('?dt.lr=1e6&dt.hidden=-3&dt.act=%3Cscript%3E&dt.batch=NaN');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(4);
  const notice = await frame.locator('.widget-notice').textContent();
  expect(notice).toContain('“lr=1e6” is above the maximum 100');
  expect(notice).toContain('“hidden=-3” is below the minimum 1');
  expect(await frame.getByTestId('dt-lr').inputValue()).toBe('0.2');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('η = 50 diverges: the widget says so and Reset brings back the defaults', async () => {
  const { page, frame, problems } = await openTrainer('?dt.lr=50');
  await frame.getByRole('button', { name: 'Train' }).click();
  const alert = frame.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(/Training diverged in epoch 1, step 3/);
  await frame.getByRole('button', { name: 'Reset to the default settings' }).click();
  expect(await frame.getByTestId('dt-lr').inputValue()).toBe('0.2');
  await page.waitForFunction(() => location.search === '');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('Stop and Resume, while the page stays responsive', async () => {
  const { page, frame } = await openTrainer('?dt.epochs=200&dt.hidden=200');
  await frame.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => frame.getByTestId('dt-status').textContent(), { timeout: 60_000 }).toMatch(/^Training: epoch [1-9]/);
  // The main thread stays free while the worker trains: the Stop button answers at once (how
  // smooth the page stays is measured by `npm run bench:browser digits`, not here).
  await frame.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => frame.getByTestId('dt-status').textContent()).toMatch(/^Stopped after epoch \d+ of 200/);
  const stoppedAt = await frame.getByTestId('dt-epoch').textContent();
  await page.waitForTimeout(500);
  expect(await frame.getByTestId('dt-epoch').textContent()).toBe(stoppedAt);
  await frame.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => frame.getByTestId('dt-epoch').textContent(), { timeout: 30_000 }).not.toBe(stoppedAt);
  await page.close();
});

test('draw a digit with the mouse and with the keyboard; the trained network reads it', async () => {
  const { page, frame, problems } = await openTrainer('?dt.epochs=5');
  await frame.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => frame.getByTestId('dt-status').textContent(), { timeout: 60_000 }).toMatch(/^Finished/);
  const pad = frame.getByRole('application', { name: 'Draw a digit' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  // A vertical stroke down the middle of the pad.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.85, { steps: 12 });
  await page.mouse.up();
  expect(await frame.getByTestId('dt-draw-guess').textContent()).toMatch(/^It reads \d \(\d+\.\d%\)$/);
  const image = frame.getByRole('img', { name: /Your drawing as 8 by 8 pixels/ });
  expect(await image.getAttribute('aria-label')).toMatch(/^Your drawing as 8 by 8 pixels: (0 0 0 8 8 0 0 0 ?){8}$/);
  await frame.getByRole('button', { name: 'Clear the drawing' }).click();
  expect(await frame.getByTestId('dt-draw-guess').textContent()).toMatch(/Draw a digit on the pad/);
  // Keyboard: a horizontal bar drawn with the pen down.
  await pad.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  expect(await frame.getByTestId('dt-draw-guess').textContent()).toMatch(/^It reads \d/);
  expect(await image.getAttribute('aria-label')).not.toMatch(/(0 0 0 8 8 0 0 0 ?){8}/);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
