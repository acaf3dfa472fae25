// `npm run build`: the static site in out/, then the pagefind search index over it.
// Records how long the build took in out/build-info.json, which `npm run budget` checks.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

// node_modules/.bin on the PATH, so this also works when run as `node scripts/build.mjs`.
const bin = resolve('node_modules/.bin');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${bin}${delimiter}${process.env.PATH}` };
const started = Date.now();

run('next', ['build']);
// Index only the article text; KaTeX's hidden MathML copy would index every formula twice.
run('pagefind', ['--site', 'out', '--exclude-selectors', '.katex-mathml', '--silent']);

const seconds = (Date.now() - started) / 1000;
writeFileSync('out/build-info.json', JSON.stringify({ seconds, basePath: env.BASE_PATH ?? '', builtAt: new Date().toISOString() }, null, 2));
console.log(`Built the book in ${seconds.toFixed(1)} s → out/`);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}
