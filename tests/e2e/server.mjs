// Serves the fixture pages on 127.0.0.1 (random port):
//   /<case>/          tests/fixtures/<case>/page.html as it is
//   /strict/<case>/   the same page with `Content-Security-Policy: default-src 'self';
//                     script-src 'self'` (no wasm, no inline scripts: they are blocked)
//   /no-article/      a page with nothing to read (a site's sign-in page)
//   /late/            tests/e2e/pages/late-widgets/ (a page whose widgets arrive late;
//                     /strict/late/ under the strict CSP, its script is same-origin)
//   /picker/          tests/e2e/pages/picker/page.html (the element picker's page)
//   /readability/<name>/  tests/e2e/pages/readability/<name>/source.html (copies of
//                     Readability.js test pages, see the README there)
//   /hostile-styles/  tests/e2e/pages/hostile-styles/page.html (a site stylesheet that
//                     fights the reader view)
//   /quotes-de/, /quotes-fr/  tests/e2e/pages/quotes-<lang>/page.html: news pages for the
//                     quote panel in German and French (/strict/… under the strict CSP)
//   any image path    a placeholder picture
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_PATH, PLACEHOLDER_SVG } from './placeholder.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'";

const NO_ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in – Example News</title></head>
<body>
<header><a href="/">Example News</a> <nav><a href="/world/">World</a> <a href="/sport/">Sport</a></nav></header>
<main><h1>Sign in</h1>
<form><label>Email <input type="email" name="email"></label> <label>Password <input type="password" name="pw"></label>
<button>Sign in</button></form></main>
<footer><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></footer>
</body></html>
`;

export function fixtureCases(dir) {
  return readdirSync(dir)
    .filter((c) => existsSync(join(dir, c, 'page.html')) && existsSync(join(dir, c, 'expect.json')))
    .sort();
}

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages');
const LATE_DIR = join(PAGES_DIR, 'late-widgets');
const LATE_FILES = { '': ['page.html', 'text/html; charset=utf-8'], 'late.js': ['late.js', 'text/javascript; charset=utf-8'] };

// /late/ and /strict/late/: the late-widgets page and its script; false when `path` is not one.
function serveLate(path, res) {
  const m = path.match(/^\/(strict\/)?late\/(late\.js)?$/);
  if (!m) return false;
  const [file, type] = LATE_FILES[m[2] ?? ''];
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (m[1]) headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end(readFileSync(join(LATE_DIR, file)));
  return true;
}

export const READABILITY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages', 'readability');

/** The copied Readability.js pages, by name. */
export function readabilityPages() {
  return readdirSync(READABILITY_DIR)
    .filter((name) => existsSync(join(READABILITY_DIR, name, 'source.html')))
    .sort();
}

// /readability/<name>/: a copied Readability.js page, /hostile-styles/ the page with a
// hostile stylesheet, /reader-parts/ the page of parts a reader view must show right; false
// when `path` is none of them.
function serveReadability(path, res) {
  const m = path.match(/^\/readability\/([\w-]+)\/$/);
  const own = path.match(/^\/(hostile-styles|reader-parts)\/$/);
  const file = own ? join(READABILITY_DIR, '..', own[1], 'page.html') : m && join(READABILITY_DIR, m[1], 'source.html');
  if (!file || !existsSync(file)) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
  return true;
}

// /quotes-de/ and the like: a page of tests/e2e/pages/ by its directory name.
function servePage(path, res) {
  const m = path.match(/^\/(strict\/)?(quotes-[a-z]+)\/$/);
  const file = m && join(PAGES_DIR, m[2], 'page.html');
  if (!file || !existsSync(file)) return false;
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (m[1]) headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end(readFileSync(file));
  return true;
}

export async function serveFixtures(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (serveLate(path, res) || serveReadability(path, res) || servePage(path, res)) return;
    if (path === '/picker/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(join(PAGES_DIR, 'picker', 'page.html')));
      return;
    }
    if (IMAGE_PATH.test(path)) {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end(PLACEHOLDER_SVG);
      return;
    }
    if (path === '/no-article/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(NO_ARTICLE);
      return;
    }
    const m = path.match(/^\/(strict\/)?([\w-]+)\/$/);
    const file = m && join(dir, m[2], 'page.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (m[1]) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
