// ResNet as forward Euler in the CNN chapter, driven by mouse and keyboard in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openEuler(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/cnn/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="resnet-euler"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="resnet-euler"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on 10 blocks of h = 0.1: 0.3487 against 0.3679', async () => {
  const { page, frame, problems } = await openEuler();
  expect(await frame.getByTestId('re-xn').textContent()).toBe('0.3487');
  expect(await frame.getByTestId('re-exact').textContent()).toBe('0.3679');
  expect(await frame.getByTestId('re-error').textContent()).toBe('0.0192');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('the depth slider answers the arrow keys and the URL follows', async () => {
  const { page, frame } = await openEuler();
  const depth = frame.getByRole('slider', { name: /Depth/ });
  await depth.focus();
  await page.keyboard.press('ArrowRight');
  // 11 blocks of 0.1: 0.9^11 = 0.3138 against e^−1.1 = 0.3329
  expect(await frame.getByTestId('re-xn').textContent()).toBe('0.3138');
  expect(await frame.getByTestId('re-exact').textContent()).toBe('0.3329');
  await page.waitForFunction(() => location.search.includes('re.n=11'));
  await page.close();
});

test('a click on the step slider and "Show 3 blocks" with the mouse', async () => {
  const { page, frame } = await openEuler();
  const step = frame.getByRole('slider', { name: /Step h/ });
  const box = (await step.boundingBox())!;
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  // the far end of the slider is h = 3: each block multiplies by 1 − 3 = −2
  await expect.poll(() => frame.getByTestId('re-unstable').count()).toBe(1);
  expect(await frame.getByTestId('re-unstable').textContent()).toContain('grows and flips sign');
  await frame.getByRole('button', { name: 'Back to h = 0.1' }).click();
  await frame.getByRole('button', { name: 'Show 3 blocks' }).click();
  expect(await frame.getByRole('list', { name: 'All 8 paths through 3 blocks' }).locator('li').count()).toBe(8);
  expect(await frame.getByTestId('re-path-sum').textContent()).toBe('0.729');
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page, frame } = await openEuler('?re.n=100&re.h=0.01');
  expect(await frame.getByTestId('re-error').textContent()).toBe('0.00185');
  expect(await frame.getByTestId('re-paths').textContent()).toBe('2100 ≈ 1.27 × 1030');
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openEuler('?re.h=NaN&re.n=1e9&re.F=%3Cb%3E');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“h=NaN” is not a number');
  expect(await frame.getByTestId('re-error').textContent()).toBe('0.0192');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
