// End-to-end tests of the built extension (dist/chrome, dist/firefox) in headless Chromium
// and Firefox, on the fixture pages and on a strict-CSP copy of the seed page.
//
//   node tests/e2e/run.mjs [chromium|firefox]…
//
// Environment: CLEARPRESS_DIST (default dist/), CHROMIUM_BIN (/usr/bin/chromium),
// FIREFOX_BIN (/usr/bin/firefox-esr), GECKODRIVER (PATH, then ~/.cargo/bin);
// CLEARPRESS_E2E=late,picker runs only those groups (reader, toast, look, panel, late, picker,
// refusal), for work on one part; the full run is the test.
//
// Prints one line per check and a final "N passed, M failed"; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { readerScenario, refusalScenario } from './scenario.mjs';
import { categoriesScenario, lateScenario } from './late.mjs';
import { optionsScenario, pickerScenario, selectorScenario } from './picker.mjs';
import { panelScenario } from './panel.mjs';
import { toastScenario } from './toast.mjs';
import { fixtureCases, readabilityPages, serveFixtures } from './server.mjs';
import { DEFAULTS, typographyScenario } from './typography.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const SEED = 'seed-wordpress-wpdiscuz';
const SCREENSHOT = '/tmp/reader-chrome.png';
// The README's screenshots of the reader view, rewritten only when asked
// (CLEARPRESS_SCREENSHOTS=1), from Chromium on this page.
const SHOT_PAGE = 'medium-1';
const SHOTS = [['light', join(root, 'docs', 'reader-light.png')], ['dark', join(root, 'docs', 'reader-dark.png')]];
const pages = join(root, 'tests', 'e2e', 'pages');
// The README's picture of the quote panel: written only when asked, so a test run does not
// change the repository.
const PANEL_SHOT = process.env.CLEARPRESS_SCREENSHOTS === '1' ? join(root, 'docs', 'panel.png') : null;
const readJson = (...path) => JSON.parse(readFileSync(join(...path), 'utf8'));

// The quote panel's pages: the seed fixture (plain and under the strict CSP; its expect.json
// with the site and date of seed-panel.json) and the German and French news pages.
function panelPages() {
  const seed = { ...readJson(fixtures, SEED, 'expect.json'), ...readJson(pages, 'seed-panel.json') };
  return [
    { path: SEED, strict: false, expect: seed },
    { path: SEED, strict: true, expect: seed },
    { path: 'quotes-de', strict: false, expect: readJson(pages, 'quotes-de', 'expect.json') },
    { path: 'quotes-fr', strict: true, expect: readJson(pages, 'quotes-fr', 'expect.json') },
  ];
}

// The groups of checks to run (all unless CLEARPRESS_E2E names some).
const GROUPS = process.env.CLEARPRESS_E2E ? new Set(process.env.CLEARPRESS_E2E.split(',')) : null;
const wants = (group) => !GROUPS || GROUPS.has(group);

const dist = resolve(process.env.CLEARPRESS_DIST || join(root, 'dist'));
const BROWSERS = {
  chromium: { launch: launchChromium, dir: join(dist, 'chrome') },
  firefox: { launch: launchFirefox, dir: join(dist, 'firefox') },
};

let passed = 0;
let failed = 0;
function report(label, error, note) {
  if (error) {
    failed++;
    console.log(`FAIL  ${label} — ${error.message}`);
  } else {
    passed++;
    console.log(`ok    ${label}${note ? ` (${note})` : ''}`);
  }
}

async function runBrowser(name, server, cases) {
  const { launch, dir } = BROWSERS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    report(`${name}: extension built`, new Error(`${dir} is missing: run ./build.sh first`));
    return;
  }
  let driver;
  try {
    driver = await launch({ extensionDir: dir, origin: server.origin });
  } catch (e) {
    report(`${name}: browser starts with the extension`, e);
    return;
  }
  try {
    await shortcutCheck(name, driver, dir);
    let run = 0;
    const pages = wants('reader') ? [...cases.map((c) => ({ c, strict: false })), { c: SEED, strict: true }] : [];
    for (const { c, strict } of pages) {
      const expect = JSON.parse(readFileSync(join(fixtures, c, 'expect.json'), 'utf8'));
      await readerScenario(report, driver, {
        label: `${name} ${c}${strict ? ' [strict CSP]' : ''}`,
        // A unique URL per run lets the Chromium driver find the page's tab.
        url: `${server.origin}/${strict ? 'strict/' : ''}${c}/?run=${++run}`,
        expect,
        strict,
        full: c === SEED,
        shot: name === 'chromium' && c === SEED && !strict ? SCREENSHOT : null,
        // Firefox: turn off through the popup on the seed pages, the shortcut elsewhere.
        offHow: c === SEED ? 'popup' : 'command',
      });
    }
    if (wants('toast')) {
      await toastScenario(report, driver, {
        label: `${name} toolbar click and toast`,
        url: `${server.origin}/${SEED}/?run=${++run}`,
        clutter: readJson(fixtures, SEED, 'expect.json').clutter.map((c) => c.contains),
      });
    }
    if (wants('look')) await readerLook(name, driver, server, () => ++run);
    for (const { path, strict, expect } of wants('panel') ? panelPages() : []) {
      await panelScenario(report, driver, {
        label: `${name} quote panel ${path}${strict ? ' [strict CSP]' : ''}`,
        url: `${server.origin}/${strict ? 'strict/' : ''}${path}/?run=${++run}`,
        expect,
        strict,
        shot: name === 'chromium' && path === SEED && !strict ? PANEL_SHOT : null,
      });
    }
    const latencies = [];
    for (const [mode, strict] of wants('late') ? [['reader', false], ['reader', true], ['declutter', false]] : []) {
      await lateScenario(report, driver, {
        label: `${name} late widgets, ${mode}${strict ? ' [strict CSP]' : ''}`,
        url: `${server.origin}/${strict ? 'strict/' : ''}late/?run=${++run}`,
        strict,
        mode,
        latencies,
      });
    }
    printLatencies(name, latencies);
    if (wants('late')) {
      await categoriesScenario(report, driver, {
        label: `${name} clutter categories`,
        url: `${server.origin}/late/?run=${++run}`,
      });
    }
    if (wants('picker')) {
      await pickerScenario(report, driver, { label: `${name} reader's own rules`, origin: server.origin, run: () => ++run });
      await optionsScenario(report, driver, { label: `${name} options import/export` });
      await selectorScenario(report, driver, { label: `${name} selectors` });
    }
    if (!wants('refusal')) return;
    await refusalScenario(report, driver, {
      label: `${name} page without an article`,
      url: `${server.origin}/no-article/`,
      reason: /no article/i,
      inspectable: true,
    });
    await refusalScenario(report, driver, {
      label: `${name} browser page ${driver.browserPage}`,
      url: driver.browserPage,
      reason: /can't be scripted/i,
      inspectable: false,
    });
  } finally {
    await driver.close().catch(() => {});
  }
}

// The reader view's look on the copied Readability.js pages: the first page goes through
// every toolbar control; each later page starts with the settings the one before left
// (storage.sync) and changes one; the last one leaves through the toolbar's link.
async function readerLook(name, driver, server, next) {
  // The corpus pages, then one whose own stylesheet fights the reader view.
  // Then one with the parts a reader view tends to lose or leave behind (captions printed as
  // lists, a gallery, wiki headings with their edit links, an embedded post, loose text).
  const pages = [
    ...readabilityPages().map((p) => [p, `/readability/${p}/`]),
    ['hostile-styles', '/hostile-styles/'],
    ['reader-parts', '/reader-parts/'],
  ];
  const state = { want: { ...DEFAULTS } };
  const shoot = name === 'chromium' && process.env.CLEARPRESS_SCREENSHOTS === '1';
  for (const [i, [p, path]] of pages.entries()) {
    await typographyScenario(report, driver, {
      label: `${name} reader look ${p}`,
      url: `${server.origin}${path}?run=${next()}`,
      state,
      index: i,
      allControls: i === 0,
      shots: shoot && p === SHOT_PAGE ? SHOTS : null,
      offVia: i === pages.length - 1 ? 'toolbar' : 'command',
      parts: p === 'reader-parts',
    });
  }
}

// Insertion → hidden, as the page saw it (performance.now() at insertion and at the
// attribute change); printed, not asserted: `./build.sh bench` is where speed is judged.
function printLatencies(name, ms) {
  if (ms.length === 0) return;
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`      ${name}: late content insertion → hidden: ${sorted.map((v) => v.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
}

// Browsers silently drop a suggested shortcut they reserve for themselves.
async function shortcutCheck(name, driver, dir) {
  try {
    const { commands } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const got = await driver.shortcuts();
    const missing = Object.entries(commands)
      .filter(([n, c]) => got[n] !== c.suggested_key.default)
      .map(([n, c]) => `${n} (${c.suggested_key.default} → "${got[n] ?? ''}")`);
    if (missing.length) throw new Error(`not assigned: ${missing.join(', ')}`);
    report(`${name}: keyboard shortcuts assigned`, null, Object.values(got).filter(Boolean).join(', '));
  } catch (e) {
    report(`${name}: keyboard shortcuts assigned`, e);
  }
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BROWSERS);
const server = await serveFixtures(fixtures);
try {
  const cases = fixtureCases(fixtures);
  if (!cases.includes(SEED)) report('fixtures present', new Error(`tests/fixtures/${SEED} is missing`));
  for (const name of wanted) {
    if (!BROWSERS[name]) report(`browser ${name}`, new Error('unknown browser'));
    else await runBrowser(name, server, cases);
  }
} finally {
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
