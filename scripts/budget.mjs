// `npm run budget`: checks the built site in out/ against the book's budgets.
//  - each chapter page's first-load JavaScript is at most 180 kB gzipped;
//  - TensorFlow.js is in no page's first-load JavaScript (it is only ever loaded lazily);
//  - the build took under 5 minutes.
// First-load JavaScript is every <script src> in a page's HTML, measured gzipped, except the
// `nomodule` legacy polyfills, which browsers that run modules never download.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 180;
const BUILD_LIMIT_S = 300;
// Strings that only TensorFlow.js bundles contain.
const TFJS_MARKERS = ['@tensorflow/tfjs', 'tfjs-core', 'TFJS_BACKEND', 'tfjsflags'];

const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const problems = [];
const rows = [];
const gzCache = new Map();

for (const file of htmlFiles('out')) {
  const page = `/${relative('out', file)}`.replace(/index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const scripts = [...new Set(tags.filter((m) => !/\snomodule/i.test(m[0])).map((m) => m[1]))];
  let total = 0;
  for (const src of scripts) {
    const path = join('out', src.slice(info.basePath.length).split('?')[0]);
    if (!gzCache.has(path)) {
      const code = readFileSync(path);
      gzCache.set(path, { gz: gzipSync(code, { level: 9 }).length, tfjs: TFJS_MARKERS.some((m) => code.includes(m)) });
    }
    const { gz, tfjs } = gzCache.get(path);
    total += gz;
    if (tfjs) problems.push(`${page} loads TensorFlow.js in its first-load JavaScript (${src})`);
  }
  const kb = total / 1024;
  rows.push({ page, scripts: scripts.length, kb });
  if (page.startsWith('/chapters/') && kb > LIMIT_KB) problems.push(`${page}: first-load JavaScript is ${kb.toFixed(1)} kB gzipped (limit ${LIMIT_KB} kB)`);
}

if (info.seconds > BUILD_LIMIT_S) problems.push(`the build took ${info.seconds.toFixed(0)} s (limit ${BUILD_LIMIT_S} s)`);

console.log('First-load JavaScript per page (gzipped):');
for (const r of rows.sort((a, b) => b.kb - a.kb)) console.log(`  ${r.kb.toFixed(1).padStart(7)} kB  ${String(r.scripts).padStart(2)} scripts  ${r.page}`);
console.log(`Build time: ${info.seconds.toFixed(1)} s`);

if (problems.length > 0) {
  console.error(`\nBudget exceeded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
