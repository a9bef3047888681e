// Runs inside each bench page (served as /bench/page.mjs, imported by the driver). Times
// clearpress's toggle exactly as the extension's content script does it (extension/content/
// main.js `start`/`off`): the shipped dom.js snapshot, planner.js's planFor (the shipped
// wasm core through shared/core.js) and dom.js apply, then undo; beside Readability.js 0.6
// parse() on a clone of the same document and a bare TreeWalker pass, in the same page load.
//
// Every function returns plain numbers (milliseconds from performance.now()) for the driver.

// Absolute: fetch() resolves against the document's base URL, which a page's <base> moves.
const EXT = new URL('/ext', import.meta.url).href;
// Firefox's WebDriver gives each script call its own instance of this module and of what it
// imports, while `window` stays the same: the loaded core is kept there, so every call after
// the first click works with the one wasm instance that click loaded.
const state = (window.__clearpressBench ??= { dom: null, planner: null });
// A content script has the extension's `chrome.i18n`; this page does not. The planner asks
// it for the reader's language (the plan's quote labels); the browser's own stands in.
globalThis.chrome ??= {};
globalThis.chrome.i18n ??= { getUILanguage: () => navigator.language };
let { dom, planner } = state;
let Readability = null;

const now = () => performance.now();
// A macrotask turn between measured parts: pending tasks and microtasks run outside the timers.
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
// Called after a paint: requestAnimationFrame runs before the frame is painted, the task
// it queues after.
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// Forces style and layout of the whole page, as the content script's scroll to the article
// does right after apply.
function layout() {
  void document.body?.offsetHeight;
  document.querySelector('[data-clearpress-article]')?.getBoundingClientRect();
}

// The reader stylesheet: the background inserts it (user origin) before asking the page to
// change; here an adopted sheet (author origin) stands in, outside the DOM the snapshot reads.
async function addReaderCss() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch(`${EXT}/reader.css`)).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Page facts for the JSON: isolation (fine timers), timer step, size. */
export function info() {
  let step = Infinity;
  for (let i = 0; i < 200; i++) {
    const a = now();
    let b = now();
    while (b === a) b = now();
    step = Math.min(step, b - a);
  }
  return {
    isolated: globalThis.crossOriginIsolated === true,
    timerStep: step,
    elements: document.getElementsByTagName('*').length,
    userAgent: navigator.userAgent,
  };
}

// One toggle on, timed part by part; `then` runs between apply and the layout (a paint wait).
async function toggleOn(t) {
  const t0 = now();
  const snap = dom.snapshot(document);
  const t1 = now();
  const { plan } = await planner.planFor(snap);
  const t2 = now();
  // The content script applies nothing when the core finds no article.
  const record = plan.article == null ? null : dom.apply(snap.nodes, plan, 'on');
  const t3 = now();
  Object.assign(t, { snapshot: t1 - t0, planFlat: t2 - t1, apply: t3 - t2, toggle: t3 - t0, article: record !== null });
  return record;
}

// Layout after apply, then toggle off (undo) and its own layout, so the next part starts clean.
function layoutAndOff(t, record) {
  const t0 = now();
  layout();
  const t1 = now();
  dom.undo(record);
  const t2 = now();
  layout();
  Object.assign(t, { layout: t1 - t0, off: t2 - t1 });
}

async function clearpress(t) {
  layoutAndOff(t, await toggleOn(t));
}

function readability(t) {
  const t0 = now();
  const clone = document.cloneNode(true);
  const t1 = now();
  const article = new Readability(clone).parse();
  const t2 = now();
  Object.assign(t, { clone: t1 - t0, readability: t2 - t1, readabilityFound: article != null });
}

// The least any extension must pay to look at every node once.
function walk(t) {
  const t0 = now();
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let n = 0;
  while (w.nextNode()) n += w.currentNode.nodeType;
  t.walk = now() - t0;
  t.walkNodes = n;
}

// planFor falls back to the extension's background (absent here) when the core fails in the
// page, which hides why: the core's own error says it (e.g. a page CSP without wasm).
async function whyNoCore(fallbackError) {
  const core = await import(`${EXT}/shared/core.js`);
  const snap = dom.snapshot(document);
  await core.planFlat(snap.structure, snap.strings, location.href);
  throw fallbackError;
}

/**
 * The first click on a fresh page load, part by part, one after another: the content
 * modules' import (content/loader.js's import of main.js brings dom.js and planner.js, and
 * it imports shared/core.js beside it), the core's preload (shared/core.js `preload`: the
 * wasm fetched, compiled and instantiated, then a warm-up plan of a small built-in page),
 * then the toggle (its planFlat the first on this page's own snapshot), apply, layout and
 * the next paint. In the extension the preload starts at the click's first message and runs
 * while the background's round trips go on (status, stylesheet, the command itself), so a
 * user waits for somewhere between `modules + toggle` and the sum, `firstClick`. The wasm
 * fetch is read back from resource timing.
 */
export async function firstClick() {
  await addReaderCss();
  const t = {};
  const t0 = now();
  let core;
  [dom, planner, core] = await Promise.all([
    import(`${EXT}/wasm/dom.js`),
    import(`${EXT}/content/planner.js`),
    import(`${EXT}/shared/core.js`),
  ]);
  Object.assign(state, { dom, planner });
  t.modules = now() - t0;
  const pre = await core.preload();
  t.load = pre.load ?? null;
  t.warmUp = pre.warmUp ?? null;
  const record = await toggleOn(t).catch(whyNoCore);
  const t1 = now();
  layout();
  t.layout = now() - t1;
  await painted();
  t.painted = now() - t0;
  dom.undo(record);
  layout();
  // Comparable with a warm toggle, which has no import and no layout in it either.
  t.firstClick = t.modules + (t.load ?? 0) + (t.warmUp ?? 0) + t.toggle;
  t.afterPreload = t.modules + t.toggle;
  t.extra = (t.load ?? 0) + (t.warmUp ?? 0);
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
  t.wasmFetch = wasm ? wasm.responseEnd - wasm.startTime : null;
  return t;
}

/**
 * `n` interleaved repetitions (the driver drops the first): Readability.js, clearpress and
 * the bare walk, the order alternating so that garbage one leaves is collected during the
 * other as often as the other way round.
 */
export async function reps(n) {
  ({ default: Readability } = await import('./readability.mjs'));
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = {};
    const parts = i % 2 === 0 ? [readability, clearpress, walk] : [walk, clearpress, readability];
    for (const part of parts) {
      await turn();
      await part(t);
    }
    out.push(t);
  }
  return out;
}

/** One page: its facts, the first click, then `n` repetitions. */
export async function measure(n) {
  const facts = info();
  const first = await firstClick();
  return { info: facts, first, runs: await reps(n) };
}

/** Toggle → painted `n` times and compile alone 3 times (loading the core if not yet). */
export async function paintAndCompile(n) {
  if (!dom) await firstClick();
  const painted = await toPainted(n);
  const compile = [];
  for (let i = 0; i < 3; i++) compile.push(await compileOnly());
  return { painted, compile };
}

// Toggle on to the next paint after apply, `n` times (toggled off and settled in between).
async function toPainted(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    await painted();
    const t0 = now();
    const record = await toggleOn({});
    await painted();
    out.push(now() - t0);
    dom.undo(record);
    layout();
  }
  return out;
}

// Compiling the shipped wasm alone, from bytes already fetched (no cache involved).
async function compileOnly() {
  const bytes = await (await fetch(`${EXT}/wasm/clearpress_bg.wasm`)).arrayBuffer();
  const t0 = now();
  await WebAssembly.compile(bytes);
  return now() - t0;
}

/** Insertion → hidden of late clutter, `rounds` of each kind (late.mjs; issue 6). */
export async function late(rounds) {
  if (!dom) await firstClick();
  const { lateLatency } = await import('./late.mjs');
  return lateLatency({ dom, planner, toggleOn, ext: EXT }, rounds);
}

/** `n` full toggles (on, layout, off), for the memory check. */
export async function toggles(n) {
  for (let i = 0; i < n; i++) await clearpress({});
  return n;
}
