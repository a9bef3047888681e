// Browser bench of issue 9: clearpress's toggle as the extension does it, beside
// Readability.js 0.6 and a bare TreeWalker pass, in the same page loads of Mozilla's 130
// Readability.js test pages, in headless Chromium or Firefox.
//
//   node tests/bench/browser.mjs chromium|firefox [--quick]
//   node tests/bench/browser.mjs --from target/bench/browser-<browser>.json
//
// --from recomputes the figures from a stored run's repetitions, rewrites that JSON and
// prints its table (and exits as the run would have), without running a browser.
// --quick (or BENCH_QUICK=1): 20 pages, 4 repetitions. Environment: CORPUS (default
// ../shared/corpus), CLEARPRESS_DIST (default dist/), CHROMIUM_BIN, FIREFOX_BIN, GECKODRIVER.
// Prints a table, writes target/bench/browser-<browser>.json; exits 1 when a target is
// missed or nothing could be measured, 2 on bad usage or missing inputs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox } from './drivers.mjs';
import { corpusPages, readabilityFile, serveBench } from './server.mjs';
import { median, pageFigures, pageRatios, summarise, targets } from './stats.mjs';
import { printReport } from './report.mjs';
import { measureToolbar, summariseToolbar } from './toolbar.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LAUNCH = { chromium: launchChromium, firefox: launchFirefox };
// The page the memory and paint targets name: the largest of the set.
const HEAVY = 'wikipedia-2';
const MEMORY_TOGGLES = 100;
// Insertions of each late widget per page (tests/bench/late.mjs).
const LATE_ROUNDS = 2;

function usage(message) {
  console.error(`bench: ${message}\nusage: node tests/bench/browser.mjs chromium|firefox [--quick]`);
  process.exit(2);
}

function options() {
  const args = process.argv.slice(2);
  const browser = args.find((a) => !a.startsWith('--'));
  if (!LAUNCH[browser]) usage(`unknown browser ${browser ?? '(none)'}`);
  const quick = args.includes('--quick') || !!process.env.BENCH_QUICK;
  const corpus = resolve(process.env.CORPUS || join(ROOT, '..', 'shared', 'corpus'), 'readability');
  const dist = resolve(process.env.CLEARPRESS_DIST || join(ROOT, 'dist'));
  if (!existsSync(corpus)) usage(`no corpus at ${corpus} (set CORPUS=…)`);
  if (!existsSync(join(dist, 'chrome', 'wasm', 'dom.js'))) usage(`${dist}/chrome is not built: run ./build.sh first`);
  try {
    readabilityFile();
  } catch (e) {
    usage(e.message);
  }
  return { browser, quick, corpus, dist, reps: quick ? 4 : 7, paints: quick ? 5 : 11 };
}

// A spread-out, fixed subset of `n` pages, so a quick run is comparable with the last one.
function spread(all, n) {
  if (all.length <= n) return all;
  const step = all.length / n;
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * step)]);
}

const pickPages = (all, quick) => (quick ? spread(all, 20) : all);
// The toolbar path loads each page in the installed extension and clicks 1 + warm times.
const toolbarPages = (all, quick) => spread(all, quick ? 10 : 33);
const TOOLBAR_WARM = 3;

async function measurePage(driver, origin, slug, reps) {
  await driver.open(`${origin}/page/${slug}/`);
  const { info, first, runs: all } = await driver.call('measure', reps);
  const runs = all.slice(1);
  const figures = pageFigures(runs);
  // Late content on the same load, after the toggles: a failure here is its own, not the page's.
  const late = await driver.call('late', LATE_ROUNDS).catch((e) => ({ error: String(e?.message ?? e) }));
  return { slug, elements: info.elements, info, first, ...figures, ratios: pageRatios(figures, first), runs, late };
}

// wikipedia-2 on its own fresh load: memory over 100 toggles (the heap also after 10 and 50,
// to tell steady growth from a one-off), then toggle → painted and compile alone.
async function measureHeavy(driver, origin, paints) {
  await driver.open(`${origin}/page/${HEAVY}/`);
  const memory = driver.memory ? await measureMemory(driver) : null;
  const { painted: all, compile } = await driver.call('paintAndCompile', paints);
  const painted = all.slice(1);
  return { painted, paintedMedian: median(painted), compile, compileMedian: median(compile), memory };
}

async function measureMemory(driver) {
  const mem = driver.memory;
  const detachedBefore = await mem.detached();
  await driver.call('firstClick'); // the first toggle
  const heapSeries = [[1, await mem.heap()]];
  const detachedAfter1 = await mem.detached();
  for (const [from, to] of [[1, 10], [10, 50], [50, MEMORY_TOGGLES]]) {
    await driver.call('toggles', to - from);
    heapSeries.push([to, await mem.heap()]);
  }
  return {
    unit: mem.unit,
    heapAfter1: heapSeries[0][1],
    heapAfter100: heapSeries.at(-1)[1],
    heapSeries,
    detachedBefore,
    detachedAfter1,
    detachedAfter100: await mem.detached(),
  };
}

// What was measured: the checkout's commit and the shipped wasm's hash (dist/ may be older).
function provenance(dist) {
  const wasm = readFileSync(join(dist, 'chrome', 'wasm', 'clearpress_bg.wasm'));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: commit || null, wasmSha256: createHash('sha256').update(wasm).digest('hex').slice(0, 16), wasmBytes: wasm.length };
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  return { nproc: availableParallelism(), cpu, loadavg: loadavg() };
}

// On a terminal one line rewritten in place; in a log, a line every 10 pages.
function progress(text, last) {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${text}${last ? '\n' : ''}`);
  else if (last || /: \d*0\//.test(text)) process.stderr.write(`  ${text}\n`);
}

async function runAll(driver, server, opts, pages) {
  const results = [];
  for (const [i, slug] of pages.entries()) {
    try {
      results.push(await measurePage(driver, server.origin, slug, opts.reps));
    } catch (e) {
      results.push({ slug, error: String(e?.message ?? e) });
    }
    progress(`${opts.browser}: ${i + 1}/${pages.length} pages`, i + 1 === pages.length);
  }
  let special;
  try {
    special = await measureHeavy(driver, server.origin, opts.paints);
  } catch (e) {
    special = { error: String(e?.message ?? e) };
  }
  return { results, special };
}

// A stored result with its per-page and overall figures recomputed from the kept repetitions.
function recompute(result) {
  for (const p of result.pages.filter((x) => !x.error)) {
    Object.assign(p, pageFigures(p.runs));
    p.ratios = pageRatios(p, p.first);
  }
  if (result.special?.painted) result.special.paintedMedian = median(result.special.painted);
  if (result.special?.compile) result.special.compileMedian = median(result.special.compile);
  if (result.toolbar?.pages) result.toolbar.summary = summariseToolbar(result.toolbar.pages);
  result.summary = summarise(result.pages);
  result.targets = targets(result.summary, result.special, result.toolbar?.summary);
  return result;
}

function finish(result, out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
  printReport(result);
  console.log(`  JSON: ${out}`);
  return result.pages.some((p) => !p.error) && result.targets.every((t) => t.met) ? 0 : 1;
}

async function main() {
  const from = process.argv.find((a) => a.startsWith('--from'));
  if (from) {
    const file = resolve(from.includes('=') ? from.split('=')[1] : process.argv[process.argv.indexOf(from) + 1]);
    return finish(recompute(JSON.parse(readFileSync(file, 'utf8'))), file);
  }
  const opts = options();
  const pages = pickPages(corpusPages(opts.corpus), opts.quick);
  const server = await serveBench({ corpus: opts.corpus, extension: join(opts.dist, 'chrome') });
  const startMachine = machine();
  let driver;
  // Interrupted, the browser and its driver must not outlive the bench.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => Promise.resolve(driver?.close()).finally(() => process.exit(130)));
  }
  try {
    driver = await LAUNCH[opts.browser]();
    const { results, special } = await runAll(driver, server, opts, pages);
    const version = driver.version;
    await driver.close().catch(() => {});
    driver = null;
    let toolbar;
    try {
      const slugs = toolbarPages(corpusPages(opts.corpus), opts.quick);
      toolbar = await measureToolbar({ browser: opts.browser, dist: opts.dist, origin: server.origin, pages: slugs, warm: TOOLBAR_WARM, progress });
    } catch (e) {
      toolbar = { error: String(e?.message ?? e) };
    }
    const ok = results.find((p) => !p.error);
    const summary = summarise(results);
    const result = {
      browser: opts.browser,
      version: version ?? ok?.info.userAgent ?? 'unknown',
      date: new Date().toISOString(),
      quick: opts.quick,
      reps: opts.reps,
      isolated: results.every((p) => p.error || p.info.isolated),
      timerStep: ok?.info.timerStep ?? null,
      machine: { ...startMachine, loadavgAtEnd: loadavg() },
      build: provenance(opts.dist),
      summary,
      targets: targets(summary, special, toolbar.summary),
      special,
      toolbar,
      pages: results,
    };
    return finish(result, join(ROOT, 'target', 'bench', `browser-${opts.browser}.json`));
  } finally {
    await driver?.close().catch(() => {});
    server.close();
  }
}

process.exit(await main());
