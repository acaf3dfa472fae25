// The activation explorer in chapter 1, driven by keyboard and mouse in a real browser.
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

async function openExplorer(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/neurons/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="activation-explorer"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="activation-explorer"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const value = (page: Page, id: string) => page.getByTestId(id).evaluate((el) => el.firstChild?.textContent ?? '');

test('opens on σ(1) = 0.7311 and σ′(1) = 0.1966', async () => {
  const { page, problems } = await openExplorer();
  expect(await value(page, 'act-fx')).toBe('0.7311');
  expect(await value(page, 'act-dfx')).toBe('0.1966');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('arrow keys move the point, and the URL follows', async () => {
  const { page } = await openExplorer();
  const point = page.getByRole('slider', { name: /Point on the curve/ });
  await point.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await value(page, 'act-x')).toBe('1.2');
  // σ(1.2) = 0.7685, σ′(1.2) = 0.7685 · 0.2315 = 0.1779
  expect(await value(page, 'act-fx')).toBe('0.7685');
  expect(await value(page, 'act-dfx')).toBe('0.1779');
  await page.waitForFunction(() => location.search.includes('act.x=1.2'));
  await page.close();
});

test('clicking and dragging on the plot moves the point', async () => {
  const { page } = await openExplorer();
  const plot = page.locator('.activation-plot');
  const box = (await plot.boundingBox())!;
  // The plot's x-axis runs from −6 at the left margin to 6 at the right margin.
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  const afterClick = Number(await value(page, 'act-x'));
  expect(afterClick).toBeLessThan(-2);
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const afterDrag = Number(await value(page, 'act-x'));
  expect(afterDrag).toBeGreaterThan(2);
  await page.waitForFunction((x) => location.search.includes(`act.x=${x}`), String(afterDrag));
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page } = await openExplorer('?act.fn=tanh&act.x=-0.5');
  // tanh(−0.5) = −0.4621, 1 − tanh²(−0.5) = 0.7864
  expect(await value(page, 'act-fx')).toBe('-0.4621');
  expect(await value(page, 'act-dfx')).toBe('0.7864');
  expect(await page.getByRole('combobox', { name: /Function/ }).inputValue()).toBe('tanh');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, problems } = await openExplorer('?act.x=1e6&act.fn=%3Cscript%3E&act.range=abc');
  expect(await value(page, 'act-x')).toBe('1');
  await expect.poll(() => page.locator('.widget-notice li').count()).toBe(3);
  expect(await page.locator('.widget-notice').textContent()).toContain('above the maximum 10');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('projector mode fills the screen and Escape returns to the page', async () => {
  const { page, frame } = await openExplorer();
  await frame.getByRole('button', { name: 'Projector' }).click();
  const box = (await frame.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await frame.getAttribute('class')) ?? '').not.toContain('projector');
  await page.close();
});

test('Copy link copies this exact demo, and Reset restores the defaults', async () => {
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, frame } = await openExplorer('?act.fn=relu&act.x=2.5');
  await frame.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${site.url('/chapters/neurons/')}?act.fn=relu&act.x=2.5#activation-explorer`);
  await frame.getByRole('button', { name: 'Reset' }).click();
  expect(await value(page, 'act-x')).toBe('1');
  await page.waitForFunction(() => location.search === '');
  await page.close();
});
