// The iterated-map widget in chapter 9, driven by keyboard and mouse in a real browser.
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

async function openMap(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/recurrent-networks/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="iterated-map"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="iterated-map"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

test('opens on f⁴ at x₀ = 0.01 with the chapter’s 32.49', async () => {
  const { page, problems } = await openMap();
  expect(await text(page, 'im-derivative')).toBe('32.49');
  expect(await text(page, 'im-verdict')).toMatch(/^Exploding/);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await page.close();
});

test('the keyboard moves the point and changes n; the URL follows', async () => {
  const { page } = await openMap();
  const point = page.getByRole('slider', { name: /Starting point/ });
  await point.focus();
  await page.keyboard.press('Home');
  expect(await text(page, 'im-derivative')).toBe('81');
  await page.getByRole('slider', { name: /Compositions/ }).focus();
  await page.keyboard.press('End');
  expect(await text(page, 'im-derivative')).toBe('59049');
  await page.waitForFunction(() => location.search === '?im.n=10&im.x=0');
  await page.close();
});

test('clicking and dragging on the plot moves the point', async () => {
  const { page } = await openMap();
  const plot = page.getByTestId('im-top');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  const afterClick = Number(await text(page, 'im-x'));
  expect(afterClick).toBeGreaterThan(0.15);
  expect(afterClick).toBeLessThan(0.35);
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(Number(await text(page, 'im-x'))).toBeGreaterThan(0.65);
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page } = await openMap('?im.n=8&im.x=0.45');
  expect(await text(page, 'im-derivative')).toBe('-0.1447');
  expect(await text(page, 'im-verdict')).toMatch(/^Vanishing/);
  await page.close();
});

test('nonsense in the link is explained, not obeyed', async () => {
  const { page, frame, problems } = await openMap('?im.n=0&im.x=%3Cb%3E');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(2);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“n=0” is below the minimum 1');
  expect(await text(page, 'im-derivative')).toBe('32.49');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
