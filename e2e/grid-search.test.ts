// The grid-search widget in the training chapter, trained in its Web Worker in a real browser and
// driven by keyboard and mouse.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openGrid(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/training/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="grid-search"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="grid-search"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('renders 30 untrained cells and no console errors', async () => {
  const { page, frame, problems } = await openGrid();
  await expect.poll(() => frame.getByRole('button', { name: /not trained yet$/ }).count()).toBe(30);
  expect(await frame.getByTestId('gs-status').textContent()).toContain('30 networks (64-30-10, sigmoid, batch 32, 6 epochs each, seed 1)');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('a link with a selected cell, trained in the worker, shows the same numbers as the book: 95.8% test, 96.9% training', async () => {
  const { page, frame, problems } = await openGrid('?gs.cell=24');
  expect(await frame.getByRole('button', { pressed: true }).getAttribute('aria-label')).toBe('η = 1, λ = 10⁻⁵: not trained yet');
  await frame.getByRole('button', { name: 'Train the grid' }).click();
  await expect.poll(() => frame.getByTestId('gs-status').textContent(), { timeout: 120_000, interval: 500 }).toMatch(/^All 30 networks trained in [\d.]+ s\.$/);
  const seconds = Number((await frame.getByTestId('gs-status').textContent())!.match(/in ([\d.]+) s/)![1]);
  console.log(`grid search: 30 networks trained in ${seconds} s`);
  expect(await frame.getByTestId('gs-detail-text').textContent()).toContain('training 96.9%, test 95.8%');
  expect(await frame.getByTestId('gs-summary').textContent()).toContain('16 of 30 networks are at chance level');
  expect(await frame.getByRole('button', { name: /^η = 1, λ = 1: diverged in epoch 1/ }).count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
}, 150_000);

test('arrow keys and Enter select a cell; a click selects another; the URL follows', async () => {
  const { page, frame } = await openGrid('?gs.epochs=1');
  const first = frame.getByRole('button', { name: 'η = 10⁻⁴, λ = 10⁻⁵: not trained yet' });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('gs.cell=7'));
  expect(await frame.getByTestId('gs-detail').textContent()).toContain('η = 10⁻³, λ = 10⁻⁴');
  await frame.getByRole('button', { name: /^η = 10⁻², λ = 10⁻²/ }).click();
  await page.waitForFunction(() => location.search.includes('gs.cell=15'));
  await frame.getByRole('radio', { name: 'training set' }).check();
  await page.waitForFunction(() => location.search.includes('gs.tab=train'));
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openGrid('?gs.epochs=0&gs.seed=abc&gs.etas=1e9&gs.cell=999');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(4);
  const notice = await frame.locator('.widget-notice').textContent();
  expect(notice).toContain('“epochs=0” is below the minimum 1');
  expect(notice).toContain('“seed=abc” is not a number');
  expect(notice).toContain('“cell=999” is above the maximum 29');
  expect(await frame.getByTestId('gs-status').textContent()).toContain('6 epochs each, seed 1');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
