// The neuron playground in chapter 1, driven by keyboard and mouse in a real browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, watchProblems, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openPlayground(query = '') {
  const page = await site.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.url('/chapters/neurons/')}${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="neuron-playground"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="neuron-playground"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on AND at the chapter start, draws the plane, and logs no errors', async () => {
  const { page, frame, problems } = await openPlayground();
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.3, 0.4), b = 0.1');
  expect(await frame.getByTestId('np-accuracy').textContent()).toBe('1 of 4 right (25%)');
  // The surface is one gradient across the line: 97 samples plus the two stops of its hard edge.
  const plane = frame.getByRole('img', { name: /Input plane/ });
  expect(await plane.getByTestId('np-surface').count()).toBe(1);
  expect(await plane.locator('linearGradient stop').count()).toBe(99);
  expect(await plane.locator('title').allTextContents()).toEqual(['(0, 0), class 0, misclassified', '(0, 1), class 0, misclassified', '(1, 0), class 0, misclassified', '(1, 1), class 1']);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('mouse: Run to convergence on AND ends at w = (0.2, 0.2), b = −0.3; XOR is reported', async () => {
  const { page, frame, problems } = await openPlayground();
  await frame.getByRole('button', { name: 'Run to convergence' }).click();
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.2, 0.2), b = −0.3');
  expect(await frame.getByTestId('np-verdict').textContent()).toContain('4 updates');
  await frame.getByRole('radio', { name: 'XOR' }).click();
  await frame.getByRole('button', { name: 'Run 1 epoch' }).click();
  expect(await frame.getByTestId('np-verdict').textContent()).toContain('A single neuron cannot separate XOR');
  await page.waitForFunction(() => location.search.includes('np.data=xor'));
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('keyboard: Enter steps the rule, arrow keys move a slider and a number box', async () => {
  const { page, frame } = await openPlayground();
  await frame.getByRole('button', { name: 'Step: one point' }).focus();
  await page.keyboard.press('Enter');
  expect(await frame.getByTestId('np-step').textContent()).toContain('b ← 0.1 + 0.1·(−1) = 0.');
  await frame.getByRole('slider', { name: 'Weight w₁ (slider)' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.35, 0.4), b = 0');
  await frame.getByTestId('np-w2').focus();
  await page.keyboard.press('ArrowDown');
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.35, 0.3), b = 0');
  await page.waitForFunction(() => location.search.includes('np.w2=0.3'));
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page, frame } = await openPlayground('?np.data=or&np.w1=0.1&np.w2=0&np.b=-0.4&np.f=tanh');
  expect(await frame.getByTestId('np-accuracy').textContent()).toBe('1 of 4 right (25%)');
  await frame.getByRole('button', { name: 'Run to convergence' }).click();
  // The chapter's exercise "Train OR by hand": 3 updates to w = (0.2, 0.2), b = −0.1.
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.2, 0.2), b = −0.1');
  expect(await frame.getByTestId('np-verdict').textContent()).toContain('3 updates');
  expect(await frame.getByRole('radio', { name: 'tanh' }).isChecked()).toBe(true);
  await page.close();
});

test('nonsense in the link and in a box is explained, not obeyed, and breaks nothing', async () => {
  const { page, frame, problems } = await openPlayground('?np.w1=abc&np.eta=1e6&np.data=%3Cscript%3E&np.seed=0');
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.3, 0.4), b = 0.1');
  await expect.poll(() => frame.locator('.widget-notice li').count()).toBe(4);
  expect(await frame.locator('.widget-notice').textContent()).toContain('above the maximum 10');
  await frame.getByTestId('np-b').fill('1/0');
  expect(await frame.getByText(/b: “1\/0” is not a number/).count()).toBe(1);
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (0.3, 0.4), b = 0.1');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('two blobs come from the seed: the same seed gives the same points', async () => {
  const { page, frame } = await openPlayground('?np.data=blobs&np.seed=5');
  const titles = await frame.locator('svg title').allTextContents();
  expect(titles).toHaveLength(20);
  await frame.getByRole('button', { name: 'New blobs' }).click();
  expect(await frame.locator('svg title').allTextContents()).not.toEqual(titles);
  await page.waitForFunction(() => location.search.includes('np.seed=6'));
  const again = await openPlayground('?np.data=blobs&np.seed=5');
  expect(await again.frame.locator('svg title').allTextContents()).toEqual(titles);
  await again.page.close();
  await page.close();
});

test('a slider move re-renders the plane and its readout', async () => {
  const { page, frame } = await openPlayground();
  const slider = frame.getByRole('slider', { name: 'Weight w₁ (slider)' });
  const times = await slider.evaluate(async (el) => {
    const input = el as HTMLInputElement;
    const readout = document.querySelector('[data-testid="np-weights"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      const value = Number((-2 + i * 0.1).toFixed(2));
      const shown = `w = (${String(value).replace('-', '−')}, `;
      const t0 = performance.now();
      setValue.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Wait until the readout shows the new value: a few microtasks, then macrotasks.
      for (let k = 0; !readout.textContent?.startsWith(shown) && performance.now() - t0 < 1000; k++) {
        if (k < 3) await Promise.resolve();
        else
          await new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(null);
            channel.port2.postMessage(0);
          });
      }
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  });
  // Every move reached the readout (how fast is for a benchmark, not a test).
  expect(times[39]).toBeLessThan(1000);
  expect(await frame.getByTestId('np-weights').textContent()).toBe('w = (1.9, 0.4), b = 0.1');
  await page.close();
});
