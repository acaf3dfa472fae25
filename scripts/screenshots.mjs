// Screenshots of pages at phone, desktop and projector widths, for looking at what changed.
// Usage: node scripts/screenshots.mjs [path ...]   (paths like /chapters/neurons/; default: all)
// Writes screenshots/<page>-<size>.png. Add `--widget` to also capture the first widget in
// projector mode, and `--dark` for the dark theme.
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const paths = args.filter((a) => !a.startsWith('--'));
const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const { server, url } = await serveStatic({ root: 'out', basePath: info.basePath });
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
];
const targets = paths.length > 0 ? paths : ['/'];
mkdirSync('screenshots', { recursive: true });

const browser = await launchBrowser({ colorScheme: flags.has('--dark') ? 'dark' : 'light' });
try {
  for (const path of targets) {
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    for (const size of sizes) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
      const file = `screenshots/${name}-${size.name}${flags.has('--dark') ? '-dark' : ''}.png`;
      // Long chapters are tens of thousands of pixels tall on a phone; give the capture time.
      await page.screenshot({ path: file, fullPage: flags.has('--full'), timeout: 180_000 });
      console.log(file);
      if (flags.has('--widget')) {
        const frame = page.locator('.widget-frame').first();
        await frame.scrollIntoViewIfNeeded();
        await frame.waitFor();
        await page.screenshot({ path: file.replace('.png', '-widget.png') });
        await frame.getByRole('button', { name: 'Projector' }).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: file.replace('.png', '-widget-projector.png') });
        console.log(file.replace('.png', '-widget(-projector).png'));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
