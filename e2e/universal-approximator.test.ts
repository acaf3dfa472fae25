// The universal approximator in chapter 2, driven by keyboard and mouse in a real browser; train
// mode runs in its Web Worker.
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

async function openApproximator(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`${site.url('/chapters/multilayer-perceptron/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="universal-approximator"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="universal-approximator"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems, workers };
}

const value = (page: Page, id: string) => page.getByTestId(id).textContent();
const search = (page: Page) => page.evaluate(() => decodeURIComponent(location.search));

test('opens on the chapter’s staircase: nine units, largest error 0.309 at x = 0', async () => {
  const { page, problems } = await openApproximator();
  expect(await value(page, 'ua-max')).toBe('0.309');
  expect(await value(page, 'ua-at')).toBe('0');
  expect(await value(page, 'ua-rms')).toBe('0.1179');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('arrow keys move a unit, and the URL keeps its parameters', async () => {
  const { page } = await openApproximator();
  const handle = page.getByRole('slider', { name: 'Unit 1: position and height' });
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await handle.getAttribute('aria-valuetext')).toBe('centre x = 0.2, height c₁ = 0.6');
  await expect.poll(() => search(page)).toMatch(/^\?ua\.p=0\.309017,0\.6,500,-100,/);
  // Tab reaches the sliders of the same unit.
  await page.getByRole('slider', { name: /c₂ \(steepness\)/ }).focus();
  await page.keyboard.press('ArrowLeft');
  expect(await page.getByRole('slider', { name: /c₂ \(steepness\)/ }).inputValue()).toBe('499');
  await page.close();
});

test('dragging a unit’s dot with the mouse moves its step', async () => {
  const { page } = await openApproximator();
  const handle = page.getByRole('slider', { name: 'Unit 1: position and height' });
  const box = (await handle.boundingBox())!;
  const plot = (await page.locator('[data-widget="universal-approximator"] svg[role="group"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + plot.width * 0.3, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const text = (await handle.getAttribute('aria-valuetext')) ?? '';
  const centre = Number(/centre x = ([\d.]+)/.exec(text)?.[1]);
  expect(centre).toBeGreaterThan(0.3);
  expect(centre).toBeLessThan(0.5);
  expect(await value(page, 'ua-max')).not.toBe('0.309');
  await expect.poll(() => search(page)).toContain('ua.p=');
  await page.close();
});

test('the reader draws a target with the mouse', async () => {
  const { page, frame } = await openApproximator();
  await frame.getByRole('combobox', { name: /Target/ }).selectOption('drawn');
  await frame.getByRole('button', { name: 'Draw the target' }).click();
  const plot = (await frame.locator('svg[role="group"]').boundingBox())!;
  // A stroke along the upper part of the plot: every drawn value ends up high.
  const y = plot.y + plot.height * 0.2;
  await page.mouse.move(plot.x + 50, y);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width - 16, y, { steps: 12 });
  await page.mouse.up();
  // Choosing "drawn" already writes the starting curve (a sine) to the link, and the link is
  // updated a moment after the stroke: wait until it holds the stroke.
  const drawn = async () => ((await search(page)).match(/ua\.draw=([^&]*)/)?.[1] ?? '').split(',').map(Number);
  await expect.poll(async () => Math.min(...(await drawn()).slice(1))).toBeGreaterThan(0.7);
  expect(await drawn()).toHaveLength(21);
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page, frame } = await openApproximator('?ua.target=step&ua.n=1&ua.p=0,1,200,-100');
  await expect.poll(() => value(page, 'ua-rms')).toBe('0.04616');
  expect(await value(page, 'ua-max')).toBe('0.5');
  expect(await value(page, 'ua-at')).toBe('0.5');
  expect(await frame.getByRole('combobox', { name: /Target/ }).inputValue()).toBe('step');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, problems } = await openApproximator('?ua.n=0&ua.target=%3Cscript%3E&ua.p=1,2,3&ua.seed=abc');
  await expect.poll(() => page.locator('.widget-notice li').count()).toBe(4);
  const notice = (await page.locator('.widget-notice').textContent()) ?? '';
  expect(notice).toContain('below the minimum 1');
  expect(notice).toContain('unit parameters have 3 numbers, but 9 units need 28');
  expect(await value(page, 'ua-max')).toBe('0.309');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('train mode fits nine units in a Web Worker to the numbers the chapter prints, and pauses', async () => {
  const { page, frame, problems, workers } = await openApproximator('?ua.mode=train');
  const status = frame.getByTestId('ua-train-status');
  await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Trained: 3000 of 3000 Adam steps/);
  // The chapter: "after 3000 steps the largest error is 0.0199" (the same bits as in Node).
  expect(await value(page, 'ua-max')).toBe('0.01987');
  expect(workers.length).toBeGreaterThan(0);
  // A longer run, paused and resumed.
  await frame.getByRole('combobox', { name: /Adam steps/ }).selectOption('10000');
  await expect.poll(() => status.textContent()).toMatch(/^Training: [1-9]\d* of 10000/);
  await frame.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => status.textContent()).toMatch(/^Paused: /);
  const paused = await status.textContent();
  await page.waitForTimeout(500);
  expect(await status.textContent()).toBe(paused);
  await frame.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => status.textContent()).not.toBe(paused);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
