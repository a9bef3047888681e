// Computes plans for content scripts that cannot run WebAssembly themselves (see
// content/planner.js). The extension's CSP allows 'wasm-unsafe-eval', so the core runs here.
import { planFlat } from '../shared/core.js';

/** Answers a {type: 'plan', structure, strings, url} message with {plan} or {error}. */
export async function planMessage({ structure, strings, url }) {
  try {
    const plan = await planFlat(Uint32Array.from(structure), String(strings), url ?? undefined);
    return { plan };
  } catch (e) {
    return { error: `the reader could not analyse this page: ${e?.message ?? e}` };
  }
}
