// A small static file server for out/, used by `npm start` and by the browser tests. It serves the
// site under its base path, maps /dir/ to /dir/index.html, and answers unknown paths with the 404
// page, as a static host would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port). Resolves to the server and its URL. */
export function serveStatic({ root = 'out', basePath = '', port = 0 } = {}) {
  const rootDir = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (basePath) {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return notFound(res);
      path = path.slice(basePath.length) || '/';
    }
    const file = resolveFile(rootDir, path);
    if (!file) return notFound(res);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });

  function notFound(res) {
    const page = join(rootDir, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('Not found');
  }

  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${address.port}${basePath}/` });
    });
  });
}

function resolveFile(rootDir, path) {
  const candidate = normalize(join(rootDir, path));
  if (!candidate.startsWith(rootDir)) return null; // no escaping the site folder with ../
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  const html = `${candidate}.html`;
  if (existsSync(html)) return html;
  return null;
}
