// The Fourier widget in chapter 6, driven by keyboard and mouse in a real browser.
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
  await page.locator('[data-widget-slot="fourier-series"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="fourier-series"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('renders the partial sum and the exact FFT route', async () => {
  const { frame, page, problems } = await openWidget();
  expect(await frame.getByTestId('fs-difference').textContent()).toContain('N = 8 ≥ 3 + 4 − 1 = 6');
  expect(await frame.locator('svg.plot path.curve').count()).toBe(2);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('keyboard: End on the slider gives 200 harmonics and the Gibbs peak 2.179', async () => {
  const { frame, page } = await openWidget();
  await frame.getByRole('slider', { name: /Harmonics N/ }).focus();
  await page.keyboard.press('End');
  expect(await frame.getByTestId('fs-peak').textContent()).toMatch(/^2\.179 /);
  await page.waitForFunction(() => location.search.includes('fs.n=200'));
  await page.close();
});

test('mouse: N = 4 shows the circular wrap', async () => {
  const { frame, page } = await openWidget();
  await frame.getByRole('radio', { name: '4', exact: true }).click();
  expect(await frame.getByTestId('fs-difference').textContent()).toContain('N = 4 is less than 3 + 4 − 1 = 6');
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { frame, page } = await openWidget('?fs.n=199');
  expect(await frame.getByTestId('fs-peak').textContent()).toBe('2.179 at t = 0.0495');
  await page.close();
});

test('nonsense in the link is explained, and breaks nothing', async () => {
  const { frame, page, problems } = await openWidget('?fs.n=1e9&fs.size=7&fs.a=x');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(3);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
