// Where planFlat's time goes in wasm, step by step, in Node (issue 9: profile before guessing).
//
// Loads a wasm build with the `profile` feature (src/web/profile.rs: exports that stop after
// each step) and runs every flat snapshot in SNAPSHOT_DIR through each export, so the steps
// are timed by difference: the strings' trip into wasm (UTF-16 → UTF-8), the model
// (`Page::from_flat`), the analyses, the plan, and the plan's conversion to a JS value
// (what `planFlat` returns). Tooling, not a test: nothing here asserts a time.
//
//   cargo run --release --example flat_snapshots            # target/bench/flat/*.json
//   cargo build --profile wasm --locked --lib --target wasm32-unknown-unknown --features profile
//   wasm-bindgen --target web --out-dir target/pkg-profile \
//     target/wasm32-unknown-unknown/wasm/clearpress.wasm
//   node_modules/.bin/wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int \
//     --enable-sign-ext --enable-mutable-globals \
//     -o target/pkg-profile/clearpress_bg.wasm target/pkg-profile/clearpress_bg.wasm
//   node tests/bench/plan-node.mjs [PKG_DIR] [SNAPSHOT_DIR] [--json OUT]
//
// Prints, per step, the sum over pages and the median page (ms; each page run REPS times,
// the first dropped, the median kept), and the slowest pages.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const pkg = resolve(args[0] ?? 'target/pkg-profile');
const snapshots = resolve(args[1] ?? 'target/bench/flat');
const REPS = Number(process.env.REPS ?? 7);

const core = await import(pathToFileURL(join(pkg, 'clearpress.js')).href);
core.initSync({ module: readFileSync(join(pkg, 'clearpress_bg.wasm')) });
// Each step's export; a step's own cost is its time minus the previous step's. A build
// without the profile feature (the shipped target/pkg) gives planFlat's total only.
const profiled = ['profile_strings', 'profile_model', 'profile_analyze', 'profile_plan']
  .every((name) => typeof core[name] === 'function');
const STEPS = profiled
  ? [
      ['strings in', (s) => core.profile_strings(s.strings)],
      ['model', (s) => core.profile_model(s.structure, s.strings)],
      ['analyses', (s) => core.profile_analyze(s.structure, s.strings)],
      ['plan', (s) => core.profile_plan(s.structure, s.strings)],
      ['to JS', (s) => core.plan_flat(s.structure, s.strings)],
    ]
  : [['planFlat', (s) => core.plan_flat(s.structure, s.strings)]];
if (!profiled) console.log(`${pkg}: built without the profile feature, planFlat's total only`);

function median(xs) {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
}

function timeOf(fn, snap) {
  const runs = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    fn(snap);
    runs.push(performance.now() - t0);
  }
  return median(runs.slice(1));
}

const files = readdirSync(snapshots).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no snapshots in ${snapshots} (cargo run --release --example flat_snapshots)`);
  process.exit(2);
}
const pages = [];
for (const f of files) {
  const raw = JSON.parse(readFileSync(join(snapshots, f), 'utf8'));
  const snap = { structure: Uint32Array.from(raw.structure), strings: raw.strings };
  const cumulative = STEPS.map(([, fn]) => timeOf(fn, snap));
  const own = cumulative.map((t, i) => Math.max(0, t - (i > 0 ? cumulative[i - 1] : 0)));
  pages.push({ name: raw.name, nodes: snap.structure.length / 2, total: cumulative.at(-1), own });
}

const fmt = (x) => x.toFixed(2).padStart(9);
console.log(`${pages.length} pages, ${REPS} runs each (first dropped), ms`);
console.log(`  ${'step'.padEnd(12)}${'sum'.padStart(9)}${'median'.padStart(9)}  share`);
const grand = pages.reduce((a, p) => a + p.total, 0);
STEPS.forEach(([name], i) => {
  const sum = pages.reduce((a, p) => a + p.own[i], 0);
  const share = ((100 * sum) / grand).toFixed(0).padStart(4);
  console.log(`  ${name.padEnd(12)}${fmt(sum)}${fmt(median(pages.map((p) => p.own[i])))} ${share}%`);
});
console.log(`  ${'planFlat'.padEnd(12)}${fmt(grand)}${fmt(median(pages.map((p) => p.total)))}`);
console.log('slowest pages (planFlat ms: steps as above):');
for (const p of [...pages].sort((a, b) => b.total - a.total).slice(0, 5)) {
  console.log(`  ${p.name.padEnd(28)}${fmt(p.total)}  ${p.own.map((x) => x.toFixed(1)).join(' / ')}  (${p.nodes} nodes)`);
}
if (jsonOut) {
  const steps = STEPS.map(([name]) => name);
  writeFileSync(jsonOut, `${JSON.stringify({ reps: REPS, steps, pages }, null, 1)}\n`);
}
