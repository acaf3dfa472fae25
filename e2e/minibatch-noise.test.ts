// The minibatch-noise widget in the training chapter, trained in its Web Worker in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openNoise(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/training/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="minibatch-noise"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="minibatch-noise"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

const row = (frame: Awaited<ReturnType<typeof openNoise>>['frame'], id: string) =>
  frame.getByTestId(id).locator('td').allTextContents();

test('renders with 1437, 45 and 1 updates per epoch and no console errors', async () => {
  const { page, frame, problems } = await openNoise();
  expect((await row(frame, 'mb-row-b1'))[0]).toBe('1437');
  expect((await row(frame, 'mb-row-b32'))[0]).toBe('45');
  expect((await row(frame, 'mb-row-full'))[0]).toBe('1');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('Train runs the three batch sizes in the worker and gives the book’s numbers: 0.112 and 2.047', async () => {
  const { page, frame, problems } = await openNoise();
  await frame.getByTestId('mb-run').click();
  await expect.poll(() => frame.getByTestId('mb-status').textContent(), { timeout: 120_000, interval: 500 }).toMatch(/^Done\./);
  const b1 = await row(frame, 'mb-row-b1');
  const b32 = await row(frame, 'mb-row-b32');
  const full = await row(frame, 'mb-row-full');
  console.log(`minibatch noise: seconds of training for 10 epochs: batch 1 ${b1[3]}, batch 32 ${b32[3]}, full ${full[3]}`);
  expect(b1[1]).toBe('14370');
  expect(b32.slice(1, 3)).toEqual(['450', '0.112']);
  expect(full.slice(1, 3)).toEqual(['10', '2.047']);
  // 10 epochs: a start point plus 10 epoch-end markers per curve
  expect(await frame.locator('svg.plot circle').count()).toBe(11);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
}, 150_000);

test('the keyboard switches the x axis to seconds, and the URL follows', async () => {
  const { page, frame } = await openNoise();
  const epochs = frame.getByRole('radio', { name: 'epochs' });
  await epochs.focus();
  await page.keyboard.press('ArrowRight');
  expect(await frame.getByRole('radio', { name: 'seconds' }).isChecked()).toBe(true);
  expect(await frame.getByRole('img', { name: /against seconds of training/ }).count()).toBe(1);
  await page.waitForFunction(() => location.search.includes('mb.x=seconds'));
  await page.close();
});

test('a link with state opens those settings; nonsense is explained', async () => {
  const { page, frame, problems } = await openNoise('?mb.eta=0.3&mb.epochs=4&mb.seed=oops&mb.x=%3Cb%3E');
  expect(await frame.getByTestId('mb-status').textContent()).toContain('(seed 1), η = 0.3, 4 epochs each');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(2);
  expect(await frame.locator('.widget-notice').textContent()).toContain('“seed=oops” is not a number');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
