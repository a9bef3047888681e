// Figures and targets of the browser bench (issue 9). Every ratio is taken per page, in the
// same page load, and then summarised over pages (median, p95): a page's own ratio depends
// far less on how loaded the machine was while it ran than absolute times do.
//
// A page's figure for a part is its fastest kept repetition: on a shared machine another
// process only ever adds time (a descheduled run can take 20× longer), so the minimum is the
// estimate the load disturbs least. The median over repetitions is kept beside it. The first
// click happens once per page load, so it is compared with the warm toggle's median.

/** The q-quantile (0..1) of `xs` by the nearest-rank method; null when empty. */
export function quantile(xs, q) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

/** The median (the mean of the middle two for an even count); null when empty. */
export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const p95 = (xs) => quantile(xs, 0.95);

/** Timed parts of one repetition (page.mjs). */
export const PARTS = ['readability', 'clone', 'toggle', 'snapshot', 'planFlat', 'apply', 'layout', 'off', 'walk'];

const min = (xs) => (xs.some(Number.isFinite) ? Math.min(...xs.filter(Number.isFinite)) : null);

/** Per page: each part's fastest (`best`) and median over the kept repetitions. */
export function pageFigures(runs) {
  const of = (pick) => Object.fromEntries(PARTS.map((p) => [p, pick(runs.map((r) => r[p]))]));
  return { best: of(min), medians: of(median) };
}

/** The per-page ratios, keyed by name. */
export function pageRatios({ best, medians }, first) {
  return {
    vsReadability: best.toggle / best.readability,
    vsWalk: best.toggle / best.walk,
    layoutVsToggle: best.layout / best.toggle,
    firstVsWarm: first ? first.firstClick / medians.toggle : null,
    afterPreloadVsWarm: first?.afterPreload != null ? first.afterPreload / medians.toggle : null,
  };
}

const FIRST_PARTS = ['firstClick', 'afterPreload', 'extra', 'modules', 'load', 'warmUp', 'snapshot', 'planFlat', 'apply', 'layout', 'painted', 'wasmFetch'];

/** Median and p95 over pages of every part, of the first click's parts and of the ratios. */
export function summarise(pages) {
  const ok = pages.filter((p) => !p.error);
  const over = (get) => {
    const xs = ok.map(get).filter((x) => x != null);
    return { median: median(xs), p95: p95(xs) };
  };
  return {
    parts: Object.fromEntries(PARTS.map((k) => [k, over((p) => p.best[k])])),
    partsMedianOfReps: Object.fromEntries(PARTS.map((k) => [k, over((p) => p.medians[k])])),
    first: Object.fromEntries(FIRST_PARTS.map((k) => [k, over((p) => p.first?.[k])])),
    ratios: Object.fromEntries(Object.keys(ok[0]?.ratios ?? {}).map((k) => [k, over((p) => p.ratios[k])])),
    late: lateSummary(ok),
  };
}

/**
 * Insertion → hidden of the late widgets (late.mjs) over every page and round: per kind and
 * overall, the median and p95 of the hidden ones, how many were inserted and how many were
 * never hidden (missed). Pages without an article are left out: the extension stays off there.
 */
export function lateSummary(pages) {
  const kinds = {};
  let errors = 0;
  for (const p of pages) {
    if (p.late?.error) errors++;
    if (!p.late || p.late.error) continue;
    for (const [kind, xs] of Object.entries(p.late)) (kinds[kind] ??= []).push(...xs);
  }
  const fig = (xs) => {
    const hidden = xs.filter((x) => x != null);
    return { median: median(hidden), p95: p95(hidden), inserted: xs.length, missed: xs.length - hidden.length };
  };
  const all = Object.values(kinds).flat();
  return { all: fig(all), kinds: Object.fromEntries(Object.entries(kinds).map(([k, xs]) => [k, fig(xs)])), errors };
}

/**
 * Issue 9's targets as {name, value, limit, met}. `special` holds wikipedia-2's memory
 * figures (absent where the browser gives no heap measure: then not judged, and said so);
 * `toolbar` the real toolbar path's summary (toolbar.mjs), which judges the first click.
 */
export function targets(summary, special, toolbar) {
  const r = summary.ratios;
  const list = [
    ['toggle / Readability.js, median', r.vsReadability?.median, 0.25],
    ['toggle / Readability.js, p95', r.vsReadability?.p95, 0.5],
    ['toggle / bare walk, median', r.vsWalk?.median, 10],
    // The real toolbar path where it was measured (tests/bench/toolbar.mjs); else the
    // in-page sum of the first click's parts.
    toolbar?.ratio
      ? ['toolbar first click / warm click, → painted, median', toolbar.ratio.median, 3]
      : ['first click / warm toggle, median', r.firstVsWarm?.median, 3],
    ['layout after apply / toggle, median', r.layoutVsToggle?.median, 1],
  ];
  // Issue 6: late clutter hidden within 100 ms of its insertion.
  const late = summary.late?.all;
  if (late?.inserted) {
    list.push(['late clutter insertion → hidden, median ms (issue 6)', late.median, 100]);
    list.push(['late clutter insertion → hidden, p95 ms (issue 6)', late.p95, 100]);
  }
  const mem = special?.memory;
  if (mem?.heapAfter1) list.push(['wikipedia-2 heap after 100 toggles / after 1', mem.heapAfter100 / mem.heapAfter1, 1.05]);
  if (mem?.detachedBefore != null) {
    list.push(['wikipedia-2 detached nodes kept after 100 toggles', mem.detachedAfter100 - mem.detachedBefore, 0]);
  }
  return list.map(([name, value, limit]) => ({ name, value: value ?? null, limit, met: value != null && value <= limit }));
}
