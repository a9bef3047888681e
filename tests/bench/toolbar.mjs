// The real toolbar path (issue 9's first-click target): the built extension installed in the
// browser (the end-to-end tests' drivers: Chromium with CDP Extensions.triggerAction under
// --enable-unsafe-extension-debugging, Firefox with geckodriver's temporary add-on and its
// toolbar button clicked from the chrome context), each page on a fresh load, timed from
// the toolbar click to the first paint of the reader view: the first click (the content
// script injected, its modules and the wasm core loaded, compiled and instantiated, the
// page planned and restyled) and then warm clicks on the same load (off in between).
//
// Times are wall-clock epochs (performance.timeOrigin + performance.now()) so the click
// can be stamped where it happens (Firefox: the chrome context) and the paint in the page.
import { join } from 'node:path';
import { launchChromium } from '../e2e/chromium.mjs';
import { launchFirefox } from '../e2e/firefox.mjs';
import { median, quantile } from './stats.mjs';

const LAUNCH = { chromium: [launchChromium, 'chrome'], firefox: [launchFirefox, 'firefox'] };

// Runs in the page before a click: stamps the first paint after reader mode comes on (a
// frame after the attribute changes, then the task after that frame's paint).
function armPaint() {
  const now = () => performance.timeOrigin + performance.now();
  window.__clearpressBench = { armed: now(), painted: null };
  const root = document.documentElement;
  const obs = new MutationObserver(() => {
    if (root.getAttribute('data-clearpress') !== 'on') return;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__clearpressBench.painted = now()), 0));
  });
  obs.observe(root, { attributes: true, attributeFilter: ['data-clearpress'] });
  return window.__clearpressBench.armed;
}

const readPaint = () => window.__clearpressBench?.painted ?? null;
const isOn = () => document.documentElement.hasAttribute('data-clearpress');

async function poll(probe, ok, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
}

// One click to painted reader mode: ms from the click to the paint.
export async function clickToPaint(driver, page) {
  const armed = await driver.eval(page, armPaint);
  const clicked = (await driver.clickAction(page)) ?? armed;
  const painted = await poll(() => driver.eval(page, readPaint), (v) => v != null);
  if (painted == null) {
    const toast = await driver.readToast(page).catch(() => null);
    throw new Error(`reader mode was not painted within 20 s (toast: ${toast ? `${toast.title} ${toast.details}` : 'none'})`);
  }
  return painted - clicked;
}

async function clickOff(driver, page) {
  await driver.clickAction(page);
  if ((await poll(() => driver.eval(page, isOn), (on) => !on)) !== false) throw new Error('still on after the second click');
}

/** One page: a fresh load, the first click, then `warm` warm clicks (each after an off). */
async function measurePage(driver, origin, slug, warm) {
  const page = await driver.open(`${origin}/page/${slug}/`);
  try {
    const first = await clickToPaint(driver, page);
    const warmRuns = [];
    for (let i = 0; i < warm; i++) {
      await clickOff(driver, page);
      warmRuns.push(await clickToPaint(driver, page));
    }
    await clickOff(driver, page);
    const errors = await driver.errors();
    return { slug, first, warm: warmRuns, warmBest: Math.min(...warmRuns), ratio: first / Math.min(...warmRuns), errors };
  } finally {
    await driver.closePage(page);
  }
}

/**
 * The toolbar section for `browser` on `pages` (slugs served by the bench server at
 * `origin`): per page the first click and the fastest of `warm` warm clicks, toolbar →
 * painted, and their ratio; summarised over pages.
 */
export async function measureToolbar({ browser, dist, origin, pages, warm, progress }) {
  const [launch, dir] = LAUNCH[browser];
  const driver = await launch({ extensionDir: join(dist, dir), origin });
  const results = [];
  try {
    for (const [i, slug] of pages.entries()) {
      try {
        results.push(await measurePage(driver, origin, slug, warm));
      } catch (e) {
        results.push({ slug, error: String(e?.message ?? e) });
      }
      progress?.(`${browser} toolbar: ${i + 1}/${pages.length} pages`, i + 1 === pages.length);
    }
  } finally {
    await driver.close().catch(() => {});
  }
  return { pages: results, summary: summariseToolbar(results) };
}

/** Medians and p95s over pages of the first click, the warm click and their ratio. */
export function summariseToolbar(pages) {
  const ok = pages.filter((p) => !p.error);
  const fig = (xs) => (xs.length ? { median: median(xs), p95: quantile(xs, 0.95) } : null);
  return {
    measured: ok.length,
    first: fig(ok.map((p) => p.first)),
    warm: fig(ok.map((p) => p.warmBest)),
    extra: fig(ok.map((p) => p.first - p.warmBest)),
    ratio: fig(ok.map((p) => p.ratio)),
  };
}
