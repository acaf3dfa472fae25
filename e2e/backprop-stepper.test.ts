// The backpropagation step-through in chapter 3, in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openStepper(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/backpropagation/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="backprop-stepper"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="backprop-stepper"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on the classic network with its cost 0.298371109', async () => {
  const { page, frame, problems } = await openStepper();
  expect(await frame.getByTestId('bp-cost').textContent()).toBe('0.298371109');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('→ steps forward one quantity at a time; the first is z¹₁ = 0.3775', async () => {
  const { page, frame } = await openStepper();
  await frame.getByRole('button', { name: 'Forward →' }).focus();
  await page.keyboard.press('ArrowRight');
  // Enter on the focused Forward button is a second step.
  expect(await frame.getByTestId('bp-value').textContent()).toBe('0.377500000');
  await page.keyboard.press('ArrowRight');
  expect(await frame.getByTestId('bp-value').textContent()).toBe('0.593269992');
  await page.keyboard.press('ArrowLeft');
  expect(await frame.getByTestId('bp-value').textContent()).toBe('0.377500000');
  await page.waitForFunction(() => location.search.includes('bp.step=1'));
  await page.close();
});

test('a link to step 12 opens ∂C/∂w5 = 0.082167041 with its finite-difference check', async () => {
  // Steps: 8 forward (z, a for four neurons), the cost, δ for both outputs (10, 11), then ∂C/∂w5.
  const { page, frame } = await openStepper('?bp.step=12');
  expect(await frame.getByTestId('bp-value').textContent()).toBe('0.082167041');
  expect(await frame.getByTestId('bp-check').textContent()).toContain('agrees');
  await page.close();
});

test('training 1 step at η = 0.5 lowers the cost to 0.291027774', async () => {
  const { page, frame } = await openStepper();
  await frame.getByRole('button', { name: '1 step', exact: true }).click();
  expect(await frame.getByTestId('bp-cost').textContent()).toBe('0.291027774');
  await page.waitForFunction(() => location.search.includes('bp.nums='));
  // The link now carries the trained weights: reopening it shows the same cost.
  const url = page.url();
  const again = await site.context.newPage();
  await again.goto(url, { waitUntil: 'networkidle' });
  await again.locator('[data-widget-slot="backprop-stepper"]').scrollIntoViewIfNeeded();
  const frame2 = again.locator('[data-widget="backprop-stepper"]');
  expect(await frame2.getByTestId('bp-cost').textContent()).toBe('0.291027774');
  await again.close();
  await page.close();
});

test('a learning rate of 100 with ReLU is reported as divergence, with a way back', async () => {
  const { page, frame, problems } = await openStepper('?bp.act=relu&bp.eta=100&bp.preset=2-3-1');
  await frame.getByRole('button', { name: '100 steps' }).click();
  await expect.poll(() => frame.getByRole('alert').count()).toBeGreaterThan(0);
  expect(await frame.getByRole('alert').first().textContent()).toContain('diverged');
  await frame.getByRole('button', { name: 'Restore the starting weights' }).click();
  expect(await frame.getByRole('alert').count()).toBe(0);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('nonsense in the link is explained', async () => {
  const { page, frame } = await openStepper('?bp.eta=abc&bp.nums=1,2,3');
  const notice = frame.locator('.widget-notice');
  await expect.poll(() => notice.textContent()).toContain('is not a number');
  expect(await notice.textContent()).toContain('don’t fit the 2-2-2 network');
  await page.close();
});
