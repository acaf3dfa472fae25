// The layer-shape calculator in the CNN chapter, driven by mouse and keyboard in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openCalculator(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/cnn/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="layer-shapes"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="layer-shapes"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on the digits CNN with 5,160 parameters', async () => {
  const { page, frame, problems } = await openCalculator();
  expect(await frame.getByTestId('ls-shape-1').textContent()).toBe('(6, 6, 10)');
  expect(await frame.getByTestId('ls-total').textContent()).toBe('5,160');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('the CIFAR-10 preset by keyboard, then a layer moved with the mouse is explained', async () => {
  const { page, frame } = await openCalculator();
  await frame.getByRole('combobox', { name: /Preset/ }).selectOption('cifar');
  expect(await frame.getByTestId('ls-shape-5').textContent()).toBe('(4, 4, 64)');
  expect(await frame.getByTestId('ls-total').textContent()).toBe('122,570');
  await frame.getByRole('button', { name: 'Move layer 7 up' }).click();
  expect(await frame.getByTestId('ls-error-6').textContent()).toContain('Dense expects a vector, but its input is the volume (4, 4, 64)');
  // focus follows the moved layer, so Enter moves it back down
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await frame.getByTestId('ls-total').textContent()).toBe('122,570');
  await page.waitForFunction(() => location.search.includes('ls.stack=32%2C32%2C3'));
  await page.close();
});

test('typing a stride of 0 explains the layer', async () => {
  const { page, frame } = await openCalculator();
  const stride = frame.getByRole('spinbutton', { name: 'Layer 1 stride' });
  await stride.fill('0');
  expect(await frame.getByTestId('ls-error-1').textContent()).toContain('Stride 0 would never move the kernel');
  await stride.focus();
  await page.keyboard.press('ArrowUp');
  expect(await frame.getByTestId('ls-total').textContent()).toBe('5,160');
  await page.close();
});

test('a link with a stack opens the same numbers', async () => {
  const { page, frame } = await openCalculator('?ls.stack=28,28,1,1,32,3,1,0,3,4,10&ls.macs=1');
  expect(await frame.getByTestId('ls-shape-1').textContent()).toBe('(26, 26, 32)');
  // 320 + (21,632 + 1)·10 = 216,650
  expect(await frame.getByTestId('ls-total').textContent()).toBe('216,650');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openCalculator('?ls.stack=8,8,1,42&ls.preset=%3Cscript%3E&ls.macs=2');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('entry 4 is 42, which is no layer type');
  expect(await frame.getByTestId('ls-total').textContent()).toBe('5,160');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
