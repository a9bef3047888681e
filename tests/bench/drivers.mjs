// The two browsers the bench runs in, behind one small interface:
//   open(url)        a fresh load of `url` (the previous page goes away)
//   call(fn, ...args) awaits `fn` of /bench/page.mjs in the page, returns its value
//   memory           {heap(), detached()} after a full garbage collection: Chromium through
//                    the DevTools protocol (used JS heap, detached node count), Firefox
//                    through its memory reporter (JS bytes, orphan-node bytes)
//   version, close()
// No extension is loaded: the page imports the extension's files itself (see page.mjs).
// External requests go to a dead proxy (port 9), which both browsers bypass for loopback
// only, so nothing leaves the machine; dialogs are dismissed.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Session, freePort, startDriver } from '../e2e/webdriver.mjs';

const DEAD_PROXY = '127.0.0.1:9';
// Generous: wikipedia-2's reps take seconds on a loaded machine; a stuck page must still end.
const CALL_TIMEOUT_MS = 300_000;

// The expression a page evaluates for call(): the harness module is imported on demand, by
// an absolute URL because a page's <base href> may point elsewhere.
const callExpression = (fn, args) =>
  `import(location.origin + '/bench/page.mjs').then((m) => m.${fn}(...${JSON.stringify(args)}))`;

export async function launchChromium({ executablePath = process.env.CHROMIUM_BIN || '/usr/bin/chromium' } = {}) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', `--proxy-server=http://${DEAD_PROXY}`, '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = null;
  let cdp = null;
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async open(url) {
      await page?.close();
      page = await context.newPage();
      page.on('dialog', (d) => d.dismiss().catch(() => {}));
      page.setDefaultTimeout(CALL_TIMEOUT_MS);
      cdp = await context.newCDPSession(page);
      await page.goto(url, { waitUntil: 'load' });
    },
    call: (fn, ...args) => page.evaluate(callExpression(fn, args)),
    memory: {
      unit: { heap: 'bytes of used JS heap (Runtime.getHeapUsage)', detached: 'detached DOM nodes (DOM.getDetachedDomNodes)' },
      // The page's JS heap after a full garbage collection.
      async heap() {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      },
      // DOM nodes no longer in the document but still reachable from JS, after a collection.
      async detached() {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('DOM.getDetachedDomNodes')).detachedNodes.length;
      },
    },
    close: () => browser.close(),
  };
}

const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

async function firefoxSession(driver) {
  return Session.create(driver.base, {
    browserName: 'firefox',
    unhandledPromptBehavior: 'dismiss',
    timeouts: { script: CALL_TIMEOUT_MS, pageLoad: 120_000 },
    'moz:firefoxOptions': {
      binary: firefoxBinary(),
      args: ['-headless'],
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.allow_hijacking_localhost': false,
      },
    },
  });
}

// WebDriver's async script: the last argument is the callback; errors come back as values
// so that the message survives the trip.
const asyncCall = (expr) => `const done = arguments[arguments.length - 1];
${expr}.then((value) => done({ value }), (e) => done({ error: String(e) + '\\n' + (e && e.stack) }));`;

const firefoxBinary = () => process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';

// Runs in Firefox's chrome context: collects garbage in every process (what about:memory's
// "Minimize memory usage" does), then sums the memory reporter's byte counts for the page at
// `url` (reporter paths spell '/' as '\'): its JS (the page's realm and zone, and the
// WebDriver sandbox realm the harness and the wasm core run in) and its orphan DOM nodes
// (nodes out of the document but still alive: Firefox's detached nodes, in bytes).
function pageMemory(url, done) {
  const mgr = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
  const key = url.replace(/\//g, '\\');
  const sums = { js: 0, orphans: 0 };
  const add = (proc, path, kind, units, amount) => {
    if (units !== Ci.nsIMemoryReporter.UNITS_BYTES || !path.startsWith('explicit/') || !path.includes(key)) return;
    if (path.includes('/dom/orphan-nodes')) sums.orphans += amount;
    else if (/\/(js-realm|js-zone|realm)\(/.test(path)) sums.js += amount;
  };
  mgr.minimizeMemoryUsage(() => mgr.getReports(add, null, () => done(sums), null, false));
}

export async function launchFirefox() {
  const geckodriver = process.env.GECKODRIVER || onPath('geckodriver') || join(homedir(), '.cargo/bin/geckodriver');
  // System access: the memory reporter is reached from WebDriver's chrome context.
  const driver = await startDriver(geckodriver, ['--allow-system-access', '--websocket-port', String(await freePort())]);
  let session;
  try {
    session = await firefoxSession(driver);
  } catch (e) {
    driver.proc.kill();
    throw e;
  }
  await session.cmd('POST', '/window/rect', { width: 1280, height: 800 });
  let url = null;
  async function memory() {
    await session.cmd('POST', '/moz/context', { context: 'chrome' });
    try {
      return await session.cmd('POST', '/execute/async', { script: `(${pageMemory})(...arguments)`, args: [url] });
    } finally {
      await session.cmd('POST', '/moz/context', { context: 'content' });
    }
  }
  return {
    name: 'firefox',
    version: spawnSync(firefoxBinary(), ['--version'], { encoding: 'utf8' }).stdout.trim() || null,
    open(to) {
      url = to;
      return session.cmd('POST', '/url', { url });
    },
    async call(fn, ...args) {
      const r = await session.cmd('POST', '/execute/async', { script: asyncCall(callExpression(fn, args)), args: [] });
      if (r?.error) throw new Error(r.error);
      return r.value;
    },
    memory: {
      unit: { heap: 'bytes of JS (memory reporter)', detached: 'bytes of orphan DOM nodes' },
      heap: async () => (await memory()).js,
      detached: async () => (await memory()).orphans,
    },
    async close() {
      try {
        await session.delete();
      } finally {
        driver.proc.kill();
      }
    },
  };
}
