// The 2D convolution widget in chapter 6, driven by keyboard and mouse in a real browser.
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
  await page.locator('[data-widget-slot="conv-2d"]').scrollIntoViewIfNeeded();
  const frame = page.locator('[data-widget="conv-2d"]');
  await frame.waitFor({ state: 'visible' });
  return { page, frame, problems };
}

test('opens on the chapter’s example: S(0, 0) = 19, and W′·vec(I) matches the map', async () => {
  const { page, problems } = await openWidget();
  expect(await page.getByTestId('c2-sum').textContent()).toBe('19');
  expect(await page.getByTestId('c2-products').textContent()).toBe('0·0 + 1·1 + 3·2 + 4·3');
  expect(await page.getByTestId('c2-im2col-diff').textContent()).toBe('0');
  expect(await page.getByTestId('c2-im2col').locator('tbody tr').count()).toBe(9);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('arrow keys on the feature map select S(1, 1) = 43, and the URL follows', async () => {
  const { page } = await openWidget();
  await page.getByTestId('c2-output').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByTestId('c2-sum').textContent()).toBe('43');
  await page.waitForFunction(() => location.search.includes('c2.or=1') && location.search.includes('c2.oc=1'));
  await page.close();
});

test('hovering an output cell shows its sum; clicking an input cell draws', async () => {
  const { page } = await openWidget();
  const out = (await page.getByTestId('c2-output').boundingBox())!;
  // Bottom-left cell of the 2 × 2 map: 3·0 + 4·1 + 6·2 + 7·3 = 37.
  await page.mouse.move(out.x + out.width * 0.25, out.y + out.height * 0.75);
  expect(await page.getByTestId('c2-sum').textContent()).toBe('37');
  const input = (await page.getByTestId('c2-input').boundingBox())!;
  // Paint I(0, 0) with 1: it meets K(0, 0) = 0 there, so move to S(0, 0) and check 19 is kept,
  // then the URL carries the drawing.
  await page.mouse.click(input.x + input.width / 6, input.y + input.height / 6);
  await page.waitForFunction(() => location.search.includes('c2.img=drawn') && location.search.includes('c2.cells=1%2C1%2C2'));
  await page.close();
});

test('a link with state opens the same numbers', async () => {
  const { page } = await openWidget('?c2.img=x5&c2.ker=diagonal&c2.or=1&c2.oc=1');
  expect(await page.getByTestId('c2-out-size').textContent()).toBe('3 × 3');
  expect(await page.getByTestId('c2-sum').textContent()).toBe('5');
  await page.close();
});

test('stride 0 and an oversized kernel are explained in words', async () => {
  const { page, problems } = await openWidget('?c2.s=0');
  expect(await page.getByTestId('c2-error').textContent()).toContain('Stride 0 would never move the window');
  await page.getByRole('spinbutton', { name: /Stride s/ }).fill('1');
  await page.getByRole('spinbutton', { name: 'Kernel rows' }).fill('5');
  expect(await page.getByTestId('c2-error').textContent()).toContain('The kernel has 5 rows, but the padded input has only 3 + 2·0 = 3');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('nonsense in the link is explained, not obeyed, and breaks nothing', async () => {
  const { page, problems } = await openWidget('?c2.s=abc&c2.img=%3Cscript%3E&c2.d=9&c2.kv=1,NaN');
  await expect.poll(() => page.locator('[data-widget="conv-2d"] .widget-notice li').count()).toBe(4);
  expect(await page.getByTestId('c2-sum').textContent()).toBe('19');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test('64 × 64 image, 7 × 7 kernel: a kernel edit recomputes the whole 64 × 64 map', async () => {
  // How fast this is, is measured by `npm run bench:browser conv-2d`, not here.
  const kv = Array.from({ length: 49 }, (_, k) => (k % 5) - 2).join(',');
  const { page, problems } = await openWidget(`?c2.img=field&c2.ker=custom&c2.kh=7&c2.kw=7&c2.kv=${kv}&c2.p=3`);
  expect(await page.getByTestId('c2-out-size').textContent()).toBe('64 × 64');
  const before = await page.getByTestId('c2-sum').textContent();
  // The bottom-right tap of the selected cell S(0, 0) reads the input at (3, 3), inside the image.
  await page.getByTestId('c2-k-6-6').fill('9');
  await expect.poll(() => page.getByTestId('c2-sum').textContent()).not.toBe(before);
  await expect.poll(() => new URL(page.url()).searchParams.get('c2.kv')?.split(',')[48]).toBe('9');
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
