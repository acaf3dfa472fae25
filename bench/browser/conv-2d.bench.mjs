// Edit-to-layout latency of the 2D convolution widget at its largest size: a 64×64 image and a
// 7×7 kernel with padding 3, so each kernel edit recomputes all 4,096 outputs and redraws the map.
// Each sample is one input event, React's synchronous render and a forced style and layout,
// followed by a frame; the bar is p95 under 16 ms.
export const name = 'conv-2d';

export async function run({ context, url }) {
  const page = await context.newPage();
  const kv = Array.from({ length: 49 }, (_, k) => (k % 5) - 2).join(',');
  await page.goto(new URL(`chapters/convolution/?c2.img=field&c2.ker=custom&c2.kh=7&c2.kw=7&c2.kv=${kv}&c2.p=3`, url).href, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="conv-2d"]').scrollIntoViewIfNeeded();
  await page.locator('[data-widget="conv-2d"]').waitFor({ state: 'visible' });
  const times = await page.evaluate(async () => {
    const field = document.querySelector('[data-testid="c2-k-3-3"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    for (let k = 0; k < 120; k++) {
      const t0 = performance.now();
      setValue.call(field, String((k % 7) + 1));
      field.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return out.slice(20).sort((a, b) => a - b);
  });
  await page.close();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  return [
    { measure: '64×64 ⊛ 7×7 kernel edit → laid out, p50', value: at(0.5), unit: 'ms', target: '' },
    { measure: '64×64 ⊛ 7×7 kernel edit → laid out, p95', value: at(0.95), unit: 'ms', target: '< 16 ms' },
  ];
}
