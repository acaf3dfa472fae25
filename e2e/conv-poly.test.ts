// The polynomial-product widget in chapter 6, driven by keyboard and mouse in a real browser.
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
  await page.locator('[data-widget-slot="conv-poly"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="conv-poly"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const annotation = (frame: import('playwright-core').Locator, id: string) =>
  frame.getByTestId(id).locator('annotation').allTextContents().then((t) => t.join(' | '));

test('opens on the chapter’s product, δ₃ = 34', async () => {
  const { frame, page, problems } = await openWidget();
  expect(await annotation(frame, 'cp-sum')).toContain('= 1 \\cdot 7 + 2 \\cdot 6 + 3 \\cdot 5 = 34');
  expect(await annotation(frame, 'cp-polynomial')).toContain('4 + 13t + 28t^{2} + 34t^{3} + 32t^{4} + 21t^{5}');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('keyboard: pick δ₄ and the β orientation; the URL follows', async () => {
  const { frame, page } = await openWidget();
  await frame.getByRole('button', { name: /δ4 = 32/ }).focus();
  await page.keyboard.press('Enter');
  expect(await annotation(frame, 'cp-sum')).toContain('= 2 \\cdot 7 + 3 \\cdot 6 = 32');
  await frame.getByRole('radio', { name: /β, times α/ }).focus();
  await page.keyboard.press('Space');
  expect(await frame.getByTestId('cp-shape').textContent()).toMatch(/^T\(β\) is 6 × 3/);
  await page.waitForFunction(() => location.search.includes('cp.j=4') && location.search.includes('cp.matrix=beta'));
  await page.close();
});

test('mouse: click a coefficient; typing new lists recomputes', async () => {
  const { frame, page } = await openWidget();
  await frame.getByRole('button', { name: /δ0 = 4/ }).click();
  expect(await annotation(frame, 'cp-sum')).toContain('= 1 \\cdot 4 = 4');
  await frame.getByTestId('cp-alpha').fill('1, 1');
  await frame.getByTestId('cp-beta').fill('1, 1');
  expect(await annotation(frame, 'cp-polynomial')).toContain('= 1 + 2t + t^{2}');
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { frame, page } = await openWidget('?cp.a=2,-1&cp.b=3,1&cp.j=1');
  expect(await annotation(frame, 'cp-sum')).toContain('= 2 \\cdot 1 + (-1) \\cdot 3 = -1');
  await page.close();
});

test('nonsense in the link and the fields is explained, and breaks nothing', async () => {
  const { frame, page, problems } = await openWidget('?cp.a=1,NaN&cp.j=99&cp.matrix=%3Ci%3E');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  await frame.getByTestId('cp-beta').fill('4, 5, six');
  expect(await frame.getByRole('alert').textContent()).toBe('Entry 3 of the second list, “six”, is not a number.');
  expect(await annotation(frame, 'cp-sum')).toContain('= 34');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
