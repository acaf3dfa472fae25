// The matrix forward pass in chapter 2, driven by keyboard and mouse in a real browser.
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
  await page.goto(`${site.url('/chapters/multilayer-perceptron/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="matrix-forward"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="matrix-forward"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on the worked example: a² = (0.5345, 0.5914), and logs no errors', async () => {
  const { page, frame, problems } = await openWidget();
  expect(await frame.getByTestId('mf-a2-0').textContent()).toBe('+0.5345');
  expect(await frame.getByTestId('mf-a2-1').textContent()).toBe('+0.5914');
  expect(await frame.getByTestId('mf-sum1').textContent()).toContain('0.5·1.0 + 0.3·0.5 + (−0.2)·(−1.0) + (−0.1) = 0.75');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('mouse: hovering z²₂ shows its row of W² times a¹', async () => {
  const { page, frame } = await openWidget();
  await frame.getByTestId('mf-z2-1').hover();
  expect(await frame.getByTestId('mf-sum2').textContent()).toContain('(−0.2)·0.5 + 0.4·0.6792 + 0.7·0.4256 + (−0.1) = 0.3696');
  await page.waitForFunction(() => location.search.includes('mf.sel=2-2'));
  await page.close();
});

test('keyboard: focusing an output shows its sum; arrow keys and Enter edit a bias', async () => {
  const { page, frame } = await openWidget();
  await frame.getByTestId('mf-z1-2').focus();
  expect(await frame.getByTestId('mf-sum1').textContent()).toContain('= −0.3');
  await frame.getByTestId('mf-b1-2').focus();
  await page.keyboard.press('ArrowUp');
  expect(await frame.getByTestId('mf-b1-2').textContent()).toBe('+0.3');
  // z¹₃ = −0.3 + 0.4 − 0.6 + 0.3 = −0.2
  expect(await frame.getByTestId('mf-z1-2').textContent()).toBe('−0.2');
  await page.keyboard.press('Enter');
  const editor = frame.getByTestId('mf-editor');
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
  await editor.fill('-1');
  expect(await frame.getByTestId('mf-z1-2').textContent()).toBe('−1.5');
  await page.waitForFunction(() => location.search.includes('mf.b1=0.1%2C-0.1%2C-1') || location.search.includes('mf.b1=0.1,-0.1,-1'));
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page, frame } = await openWidget('?mf.act=relu&mf.sel=1-1');
  expect(await frame.getByTestId('mf-a1-0').textContent()).toBe('0');
  expect(await frame.getByTestId('mf-a1-1').textContent()).toBe('+0.75');
  expect(await frame.getByTestId('mf-sum1').textContent()).toContain('ReLU(0) = 0');
  await frame.getByRole('button', { name: 'Randomise' }).click();
  const z = await frame.getByTestId('mf-z2-0').textContent();
  await page.waitForFunction(() => location.search.includes('mf.seed=1'));
  const again = await openWidget(new URL(page.url()).search);
  expect(await again.frame.getByTestId('mf-z2-0').textContent()).toBe(z);
  await again.page.close();
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openWidget('?mf.x=1,2&mf.act=%3Cb%3E&mf.sel=9-9&mf.w2=NaN,0,0,0,0,0');
  expect(await frame.getByTestId('mf-a2-0').textContent()).toBe('+0.5345');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(4);
  expect(await frame.locator('.widget-notice').textContent()).toContain('at least 3 are needed');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
