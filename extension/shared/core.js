// The Rust core, compiled to WebAssembly: loaded once per JS realm (the page's content
// script, or the extension's background) and asked for plans.
import init, { clutter_flat, plan_flat } from '../wasm/clearpress.js';
import { warmUpSnapshot } from './warm.js';

let ready = null;
// Whether the core has planned anything yet (a warm-up run or a real one).
let used = false;

// Compiles the module ourselves rather than letting the glue fetch it: one error to catch
// where compiling is forbidden, and no glue fallback that warns on the console. Streaming
// compiles while the bytes arrive, off the main thread; a server that labels the file with
// another MIME type makes it throw a TypeError, and the whole bytes are compiled instead.
async function load() {
  const url = new URL('../wasm/clearpress_bg.wasm', import.meta.url);
  let module;
  try {
    module = await WebAssembly.compileStreaming(fetch(url));
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
  await init({ module_or_path: module });
}

/**
 * Starts loading the core (fetch, compile, instantiate) so that the first plan does not
 * wait for it, then, in a later task and only if no plan came first, plans a small built-in
 * page once: engines compile WebAssembly function by function on first call (Chromium) or
 * finish optimising in the background (Firefox), and that first-call cost is paid here, off
 * the user's click. Resolves when both are done, with their times in ms (`warmUp` null when
 * a real plan came first); never rejects (planFlat reports failures).
 */
export async function preload() {
  const t0 = performance.now();
  try {
    await loaded();
  } catch {
    return { loaded: false };
  }
  const load = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (used) return { loaded: true, load, warmUp: null };
  used = true;
  const t1 = performance.now();
  try {
    const { structure, strings } = warmUpSnapshot();
    plan_flat(structure, strings, undefined, 'en');
  } catch {
    // A failed warm-up changes nothing for the real plans.
  }
  return { loaded: true, load, warmUp: performance.now() - t1 };
}

/**
 * The plan (core::plan::Plan) for a flat snapshot from dom.js, its quote labels in `lang`
 * (the page's language when absent). Rejects where WebAssembly cannot be compiled in this
 * realm.
 */
export async function planFlat(structure, strings, url, lang) {
  await loaded();
  used = true;
  return plan_flat(structure, strings, url, lang);
}

/**
 * The clutter (core::plan::ClutterPlan) of a flat snapshot that touches the subtrees at
 * `roots` (snapshot indices; [0] for the whole page).
 */
export async function clutterFlat(structure, strings, roots) {
  await loaded();
  used = true;
  return clutter_flat(structure, strings, Uint32Array.from(roots));
}

async function loaded() {
  ready ??= load();
  try {
    await ready;
  } catch (e) {
    ready = null;
    throw e;
  }
}
