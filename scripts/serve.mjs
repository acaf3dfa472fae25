// `npm start` (after building) and `npm run serve`: serves out/ on 127.0.0.1 and prints the address.
import { existsSync, readFileSync } from 'node:fs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('out/index.html')) {
  console.error('out/ has no built site yet. Run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}
const info = JSON.parse(readFileSync('out/build-info.json', 'utf8'));
const port = Number(process.env.PORT ?? 3000);
const { url } = await serveStatic({ root: 'out', basePath: info.basePath, port });
console.log(`Neural Networks, Live is being served at ${url}\nPress Ctrl+C to stop.`);
