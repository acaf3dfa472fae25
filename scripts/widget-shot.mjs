// Screenshots of one widget at phone, desktop and projector sizes, in light and dark mode.
// Usage: node scripts/widget-shot.mjs <chapter-slug> <widget-id> ['?query'] [--projector]
// Writes screenshots/widgets/<widget-id>-<size>[-dark][-projector].png
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [slug, id, query = ''] = args;
const projector = process.argv.includes('--projector');
const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const { server, url } = await serveStatic({ root: 'out', basePath: info.basePath });
mkdirSync('screenshots/widgets', { recursive: true });
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
];
try {
  for (const scheme of ['light', 'dark']) {
    const browser = await launchBrowser({ colorScheme: scheme });
    browser.context.setDefaultTimeout(60_000);
    for (const size of sizes) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${new URL(`chapters/${slug}/`, url).href}${query}`, { waitUntil: 'load' });
      await page.locator(`[data-widget-slot="${id}"]`).scrollIntoViewIfNeeded();
      const frame = page.locator(`[data-widget="${id}"]`);
      await frame.waitFor();
      await page.waitForTimeout(500);
      const base = `screenshots/widgets/${id}-${size.name}${scheme === 'dark' ? '-dark' : ''}`;
      await frame.screenshot({ path: `${base}.png` });
      console.log(`${base}.png`);
      if (projector && size.name !== 'phone') {
        await frame.getByRole('button', { name: 'Projector' }).click();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${base}-projector.png` });
        console.log(`${base}-projector.png`);
      }
      await page.close();
    }
    await browser.close();
  }
} finally {
  server.close();
}
