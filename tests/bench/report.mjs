// The bench's table on stdout, one per browser.

const ms = (x) => (x == null ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const ratio = (x) => (x == null ? '–' : Number.isInteger(x) || x >= 10 ? x.toFixed(0) : x.toFixed(2));
const row = (label, a, b, c = '') => `  ${label.padEnd(60)}${a.padStart(9)}${b.padStart(9)}  ${c}`;

function timesTable(s) {
  const p = s.parts;
  const f = s.first;
  const line = (label, x) => row(label, ms(x?.median), ms(x?.p95));
  return [
    row('ms per page (its fastest repetition), over pages:', 'median', 'p95'),
    line('Readability.js 0.6 parse()', p.readability),
    line('  (document.cloneNode(true) before it)', p.clone),
    line('clearpress toggle-on (snapshot+planFlat+apply)', p.toggle),
    line('  dom.js snapshot', p.snapshot),
    line('  planFlat (wasm, via planner.js)', p.planFlat),
    line('  dom.js apply', p.apply),
    line('layout after apply (forced)', p.layout),
    line('toggle-off (undo)', p.off),
    line('bare TreeWalker pass', p.walk),
    line('(Readability.js, median of repetitions per page)', s.partsMedianOfReps?.readability),
    line('(toggle-on, median of repetitions per page)', s.partsMedianOfReps?.toggle),
    line('first click, once per load, all in sequence (see below)', f.firstClick),
    line('  import of the content modules (dom.js, planner.js, core.js)', f.modules),
    line('  core preload: wasm fetch+compile+instantiate', f.load),
    line('    of which the wasm fetch', f.wasmFetch),
    line('  core preload: warm-up plan of a built-in page', f.warmUp),
    line('  dom.js snapshot', f.snapshot),
    line('  planFlat, first on the page (core preloaded)', f.planFlat),
    line('  dom.js apply', f.apply),
    line('  then layout', f.layout),
    line('  from the click to the next paint', f.painted),
    line('the extra of a first click: the preload (load + warm-up)', f.extra),
    line('first click without it: import + toggle (preload hidden)', f.afterPreload),
  ];
}

function targetsTable(list) {
  return [
    row('targets (issue 9), per-page ratios', 'value', 'limit'),
    ...list.map((t) => row(t.name, ratio(t.value), `≤${t.limit}`, t.value == null ? 'NOT MEASURED' : t.met ? 'met' : 'MISSED')),
  ];
}

function ratiosTable(r) {
  const line = (label, x) => row(label, ratio(x?.median), ratio(x?.p95));
  return [
    row('ratios per page', 'median', 'p95'),
    line('toggle / Readability.js', r.vsReadability),
    line('toggle / bare walk', r.vsWalk),
    line('first click / warm toggle', r.firstVsWarm),
    line('  the same without the preload (hidden in round trips)', r.afterPreloadVsWarm),
    line('layout after apply / toggle', r.layoutVsToggle),
  ];
}

function slowestTable(pages) {
  const slow = pages
    .filter((p) => !p.error)
    .sort((a, b) => b.best.toggle - a.best.toggle)
    .slice(0, 5);
  return [
    `    ${'five slowest (toggle), ms'.padEnd(34)}${'elements'.padStart(8)}${['toggle', 'planFlat', 'layout', 'Readab.'].map((h) => h.padStart(9)).join('')}`,
    ...slow.map((p) => {
      const m = p.best;
      return `    ${p.slug.padEnd(34)}${String(p.elements).padStart(8)}${[m.toggle, m.planFlat, m.layout, m.readability].map((x) => ms(x).padStart(9)).join('')}`;
    }),
  ];
}

function specialLines(sp) {
  if (!sp) return [];
  if (sp.error) return [`  wikipedia-2: ${sp.error}`];
  const m = sp.memory;
  const lines = [
    `  wikipedia-2: toggle → painted median ${ms(sp.paintedMedian)} ms (guide ≤100 ms on an idle machine); wasm compile alone ${ms(sp.compileMedian)} ms`,
  ];
  if (m) {
    lines.push(
      `  wikipedia-2 memory: JS heap after 1 toggle ${(m.heapAfter1 / 1e6).toFixed(2)} MB, after 100 ${(m.heapAfter100 / 1e6).toFixed(2)} MB;` +
        ` (series ${m.heapSeries.map(([n, b]) => `${n}: ${(b / 1e6).toFixed(2)}`).join(', ')} MB);` +
        ` ${m.unit?.detached ?? 'detached DOM nodes'}: before ${m.detachedBefore}, after 1 toggle ${m.detachedAfter1}, after 100 ${m.detachedAfter100}`,
    );
  } else {
    lines.push('  wikipedia-2 memory: not measured');
  }
  return lines;
}

function toolbarLines(tb) {
  if (!tb) return [];
  if (tb.error) return [`  toolbar path: ${tb.error}`];
  const s = tb.summary;
  if (!s?.measured) return ['  toolbar path: not measured'];
  const f = (x) => `${ms(x.median)} / ${ms(x.p95)}`;
  const failed = tb.pages.filter((p) => p.error);
  return [
    `  toolbar → painted reader, installed extension, ${s.measured} pages (median / p95 ms): first click ${f(s.first)}, warm click ${f(s.warm)},` +
      ` first's extra ${f(s.extra)}; first / warm ${ratio(s.ratio.median)} / ${ratio(s.ratio.p95)}`,
    ...failed.map((p) => `  toolbar path not measured: ${p.slug}: ${p.error.split('\n')[0]}`),
  ];
}

function lateLines(late) {
  if (!late?.all?.inserted) return ['  late clutter: not measured'];
  const one = (name, f) => `${name} median ${ms(f.median)} ms, p95 ${ms(f.p95)} ms (${f.inserted - f.missed}/${f.inserted} hidden)`;
  return [
    `  late clutter, insertion → hidden (extension's watcher, ${late.all.inserted} insertions): ${one('all', late.all)}`,
    `    ${Object.entries(late.kinds).map(([k, f]) => one(k, f)).join('; ')}${late.errors ? `; ${late.errors} pages failed` : ''}`,
  ];
}

/** Prints the whole table for one browser's result (the JSON written beside it). */
export function printReport(result) {
  const { browser, version, pages, summary, targets, special, reps } = result;
  const failed = pages.filter((p) => p.error);
  const lines = [
    `${browser} (${version}): ${pages.length - failed.length} pages measured, ${failed.length} not; ` +
      `${reps} repetitions each, the first dropped; timer step ${result.timerStep == null ? '–' : (result.timerStep * 1000).toFixed(0)} µs, cross-origin isolated: ${result.isolated}`,
    ...timesTable(summary),
    ...ratiosTable(summary.ratios),
    ...targetsTable(targets),
    ...slowestTable(pages),
    ...specialLines(special),
    ...toolbarLines(result.toolbar),
    ...lateLines(summary.late),
    ...failed.map((p) => `  not measured: ${p.slug}: ${p.error.split('\n')[0]}`),
  ];
  console.log(lines.join('\n'));
}
