// The X/O pipeline in the CNN chapter, driven by mouse and keyboard in a real browser.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openPipeline(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/cnn/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="xo-pipeline"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="xo-pipeline"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const cell = (frame: Locator, stage: string, r: number, c: number) =>
  frame.getByTestId(`xo-map-${stage}`).getByRole('gridcell', { name: new RegExp(`^row ${r}, column ${c}:`) });

test('opens on the notes’ map: top-left 0.77 from the sum 7', async () => {
  const { page, frame, problems } = await openPipeline();
  expect(await cell(frame, 'conv', 1, 1).textContent()).toBe('0.77');
  expect(await frame.getByTestId('xo-sum').textContent()).toBe('7');
  expect(await frame.getByTestId('xo-value').textContent()).toBe('0.778');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('a click selects a cell and the arrow keys walk the map; the URL follows', async () => {
  const { page, frame } = await openPipeline();
  await cell(frame, 'conv', 2, 2).click();
  expect(await frame.getByTestId('xo-value').textContent()).toBe('1.000');
  await page.keyboard.press('ArrowRight');
  // (2, 3) of the falling map: −1/9
  expect(await frame.getByTestId('xo-sum').textContent()).toBe('−1');
  expect(await frame.getByTestId('xo-value').textContent()).toBe('−0.111');
  await page.waitForFunction(() => location.search.includes('xo.c=2') && location.search.includes('xo.r=1'));
  await cell(frame, 'pool', 4, 4).click();
  expect(await frame.getByTestId('xo-value').textContent()).toBe('0.77');
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page, frame } = await openPipeline('?xo.img=o&xo.f=1&xo.fmt=ninths&xo.r=1&xo.c=1');
  // The O with the small-X filter at (2, 2): 7 agreements − 2 disagreements = 5, shown as 5/9.
  expect(await frame.getByTestId('xo-sum').textContent()).toBe('5');
  expect(await cell(frame, 'conv', 2, 2).textContent()).toBe('5/9');
  expect(await frame.getByRole('radio', { name: 'O', exact: true }).isChecked()).toBe(true);
  expect(await frame.getByRole('radio', { name: /small X/ }).isChecked()).toBe(true);
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openPipeline('?xo.f=9&xo.stage=dense&xo.r=-1');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('above the maximum 2');
  expect(await frame.getByTestId('xo-sum').textContent()).toBe('7');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
