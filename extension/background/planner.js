// Computes plans for content scripts that cannot run WebAssembly themselves (see
// content/planner.js). The extension's CSP allows 'wasm-unsafe-eval', so the core runs here.
import { clutterFlat, planFlat } from '../shared/core.js';

/**
 * Answers a {type: 'plan', structure, strings, url, lang} message with {plan} (the reader plan),
 * or a {type: 'clutter', structure, strings, roots} message with {plan} (the clutter plan);
 * {error} when the core fails.
 */
export async function planMessage({ type, structure, strings, url, lang, roots }) {
  try {
    const flat = Uint32Array.from(structure);
    const plan =
      type === 'clutter'
        ? await clutterFlat(flat, String(strings), Array.from(roots ?? [0]))
        : await planFlat(flat, String(strings), url ?? undefined, lang ?? undefined);
    return { plan };
  } catch (e) {
    return { error: chrome.i18n.getMessage('errorAnalysis', [String(e?.message ?? e)]) };
  }
}
