// Serves the bench: Mozilla's Readability.js test pages and, on the same origin, the files
// the extension ships and the in-page harness, all on 127.0.0.1 (random port).
//
//   /page/<slug>/        corpus readability/<slug>/source.html
//   /ext/…               the built extension (dist/chrome/…): dom.js, the wasm core, reader.css
//   /bench/page.mjs      tests/bench/page.mjs, the code that runs in the page
//   /bench/readability.mjs  Readability.js 0.6 from node_modules, as an ES module
//   any image path       a placeholder picture (tests/e2e/placeholder.mjs)
//
// Every response is cross-origin isolated (COOP same-origin + COEP require-corp): only then
// do both browsers give performance.now() its fine resolution. The pages' own scripts are
// blocked by CSP: they would run against a dead network and could change the DOM between
// two timed runs; the harness and the wasm core are same-origin, so they are allowed.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_PATH, PLACEHOLDER_SVG } from '../e2e/placeholder.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};
const PAGE_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The corpus's page slugs (folders with a source.html), sorted. */
export function corpusPages(dir) {
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .sort();
}

// Readability.js ends with `module.exports = Readability` behind a typeof guard: as a module
// it only needs an export added.
function readabilityModule() {
  return `${readFileSync(readabilityFile(), 'utf8')}\nexport default Readability;\n`;
}

/** Readability.js in node_modules; throws with what to do when npm has not installed it. */
export function readabilityFile() {
  try {
    return createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
  } catch {
    throw new Error('@mozilla/readability is not in node_modules: run ./build.sh (npm ci) first');
  }
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'content-type': type, ...ISOLATED, ...extra });
  res.end(body);
}

// A file under `root` named by the URL path `rest`, or null (never outside `root`).
function fileUnder(root, rest) {
  const file = normalize(join(root, rest));
  return file.startsWith(root) && existsSync(file) ? file : null;
}

function route(path, { corpus, extension, readability }) {
  let m = path.match(/^\/page\/([\w.-]+)\/$/);
  if (m) {
    const file = fileUnder(corpus, join(m[1], 'source.html'));
    return file && [200, 'text/html; charset=utf-8', readFileSync(file), { 'content-security-policy': PAGE_CSP }];
  }
  if (path === '/bench/page.mjs') return [200, TYPES['.mjs'], readFileSync(join(HERE, 'page.mjs'))];
  if (path === '/bench/late.mjs') return [200, TYPES['.mjs'], readFileSync(join(HERE, 'late.mjs'))];
  if (path === '/bench/readability.mjs') return [200, TYPES['.mjs'], readability];
  m = path.match(/^\/ext\/(.+)$/);
  if (m) {
    const file = fileUnder(extension, m[1]);
    return file && [200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file)];
  }
  if (IMAGE_PATH.test(path)) return [200, 'image/svg+xml', PLACEHOLDER_SVG];
  return null;
}

/** Starts the server; `corpus` is the readability/ folder, `extension` a built dist/<browser>/. */
export async function serveBench({ corpus, extension }) {
  const roots = { corpus: normalize(corpus), extension: normalize(extension), readability: readabilityModule() };
  const server = createServer((req, res) => {
    const found = route(decodeURIComponent(new URL(req.url, 'http://x').pathname), roots);
    if (found) send(res, ...found);
    else send(res, 404, 'text/plain', 'not found');
  });
  // Browsers keep connections open: without this, close() would wait for them.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
