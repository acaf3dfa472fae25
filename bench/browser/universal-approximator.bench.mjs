// Slider-to-render latency of the universal approximator: for each of 100 input events on the
// c₁ slider, the time from dispatching the event to the end of the frame that shows the result.
// Each event is dispatched at the start of a frame (inside requestAnimationFrame), as a browser
// delivers pointer-driven input; a message posted then runs only after that frame's style, layout
// and paint, so the measured span is the whole update: React, the plot's paths, KaTeX and paint.
export const name = 'universal approximator';

const EVENTS = 100;

async function measure(context, url, query) {
  const page = await context.newPage();
  await page.goto(`${url}chapters/multilayer-perceptron/${query}`, { waitUntil: 'networkidle' });
  await page.locator('[data-widget-slot="universal-approximator"]').scrollIntoViewIfNeeded();
  const slider = page.getByRole('slider', { name: /c₁ \(height\)/ });
  await slider.waitFor({ state: 'visible' });
  await slider.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const result = await page.evaluate(async (events) => {
    const input = [...document.querySelectorAll('[data-widget="universal-approximator"] input[type="range"]')].find((el) =>
      el.closest('label')?.textContent?.includes('c₁ (height)'),
    );
    const readout = document.querySelector('[data-testid="ua-max"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const afterFrame = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    const total = [];
    const script = [];
    let unchanged = 0;
    for (let i = 0; i < events + 10; i++) {
      await frame();
      const before = readout.textContent;
      const t0 = performance.now();
      setValue.call(input, String(-2 + ((i * 37) % 400) / 100));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      await afterFrame();
      const t2 = performance.now();
      if (readout.textContent === before) unchanged++;
      // The first ten are warm-up (code still being optimised).
      if (i >= 10) {
        total.push(t2 - t0);
        script.push(t1 - t0);
      }
    }
    // The same span for frames with no input at all: what this machine needs for a frame anyway.
    const idle = [];
    for (let i = 0; i < 50; i++) {
      await frame();
      const t0 = performance.now();
      await afterFrame();
      idle.push(performance.now() - t0);
    }
    return { total, script, unchanged, idle };
  }, EVENTS);
  await page.close();
  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  return { ...result, pct };
}

export async function run({ context, url }) {
  const rows = [];
  for (const [label, query] of [
    ['N = 9', ''],
    ['N = 50', '?ua.n=50'],
  ]) {
    const { total, script, unchanged, idle, pct } = await measure(context, url, query);
    rows.push(
      { measure: `empty frame (no input) p50 / p95, ${label}`, value: `${pct(idle, 50).toFixed(1)} / ${pct(idle, 95).toFixed(1)}`, unit: 'ms', target: '' },
      { measure: `slider → painted frame p50, ${label}`, value: pct(total, 50), unit: 'ms', target: '' },
      { measure: `slider → painted frame p95, ${label}`, value: pct(total, 95), unit: 'ms', target: '< 16 ms' },
      { measure: `script (React update) p50 / p95, ${label}`, value: `${pct(script, 50).toFixed(1)} / ${pct(script, 95).toFixed(1)}`, unit: 'ms', target: '' },
      { measure: `events whose readout did not change, ${label}`, value: unchanged, unit: `of ${total.length + 10}`, target: 'few' },
    );
  }
  return rows;
}
