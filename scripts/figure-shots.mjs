// Screenshots of every figure in a chapter, at phone and desktop widths, for reviewing drawings.
// Usage: node scripts/figure-shots.mjs <slug> [--dark]   → screenshots/figures/<slug>-<n>-<size>.png
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const [slug] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const { server, url } = await serveStatic({ root: 'out', basePath: info.basePath });
const browser = await launchBrowser({ colorScheme: dark ? 'dark' : 'light' });
mkdirSync('screenshots/figures', { recursive: true });
try {
  for (const size of [
    { name: 'phone', width: 375, height: 812 },
    { name: 'desktop', width: 1366, height: 900 },
  ]) {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(new URL(`chapters/${slug}/`, url).href, { waitUntil: 'load' });
    const figures = page.locator('figure.figure');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const file = `screenshots/figures/${slug}-${i + 1}-${size.name}${dark ? '-dark' : ''}.png`;
      await figures.nth(i).screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
