// `npm run bench:browser`: measurements in real Chromium over the built site (run `npm run build`
// first). Each bench/browser/*.bench.mjs exports `name` and `async run({ context, url })`, which
// returns rows { measure, value, unit, target } (target is a short text like "< 16 ms").
// These are benchmarks, not tests: they print numbers and never fail the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const only = process.argv.slice(2);
const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const { server, url } = await serveStatic({ root: 'out', basePath: info.basePath });
const files = readdirSync('bench/browser')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const file of files) {
  const mod = await import(pathToFileURL(resolve(join('bench/browser', file))).href);
  const browser = await launchBrowser();
  browser.context.setDefaultTimeout(120_000);
  try {
    const started = Date.now();
    for (const row of await mod.run({ context: browser.context, url })) rows.push({ bench: mod.name, ...row });
    console.error(`${mod.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    rows.push({ bench: mod.name, measure: 'failed to run', value: String(error.message ?? error), unit: '', target: '' });
  } finally {
    await browser.close();
  }
}
server.close();

const cores = (await import('node:os')).cpus().length;
console.log(`\nBrowser benchmarks (Chromium headless, ${cores} cores)\n`);
console.log('| bench | measure | value | target |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.bench} | ${r.measure} | ${typeof r.value === 'number' ? r.value.toFixed(2) : r.value} ${r.unit} | ${r.target} |`);
