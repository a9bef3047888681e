// The Rust core, compiled to WebAssembly: loaded once per JS realm (the page's content
// script, or the extension's background) and asked for plans.
import init, { clutter_flat, plan_flat } from '../wasm/clearpress.js';

let ready = null;

// Compiles the module ourselves rather than letting the glue fetch it: one error to catch
// where compiling is forbidden, and no glue fallback that warns on the console.
async function load() {
  const response = await fetch(new URL('../wasm/clearpress_bg.wasm', import.meta.url));
  const module = await WebAssembly.compile(await response.arrayBuffer());
  await init({ module_or_path: module });
}

/**
 * The plan (core::plan::Plan) for a flat snapshot from dom.js, its quote labels in `lang`
 * (the page's language when absent). Rejects where WebAssembly cannot be compiled in this
 * realm.
 */
export async function planFlat(structure, strings, url, lang) {
  await loaded();
  return plan_flat(structure, strings, url, lang);
}

/**
 * The clutter (core::plan::ClutterPlan) of a flat snapshot that touches the subtrees at
 * `roots` (snapshot indices; [0] for the whole page).
 */
export async function clutterFlat(structure, strings, roots) {
  await loaded();
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
