// Where the plan gets computed.
//
// First choice: the wasm core right here in the content script (no copy of the snapshot).
// Chromium refuses to compile WebAssembly in a content script when the PAGE's CSP lacks
// 'wasm-unsafe-eval' (Firefox allows it), so on such pages the snapshot goes to the
// extension's background, which runs the same core under the extension's own CSP and
// replies with the plan.

let localWorks = true;

async function inBackground(snap, extra) {
  const reply = await chrome.runtime.sendMessage({
    // Chrome's messaging is JSON: a typed array would arrive as an object.
    structure: Array.from(snap.structure),
    strings: snap.strings,
    ...extra,
  });
  if (!reply || reply.error) throw new Error(reply?.error ?? 'the extension background did not answer');
  return reply.plan;
}

async function compute(here, background) {
  if (localWorks) {
    try {
      return { plan: await here(await import('../shared/core.js')), via: 'content' };
    } catch {
      localWorks = false; // this page's CSP will not change: don't try again
    }
  }
  return { plan: await background(), via: 'background' };
}

// The quote labels of the plan are in the browser's interface language, like the popup.
function uiLanguage() {
  return chrome.i18n.getUILanguage();
}

/** `{plan, via}` for a dom.js snapshot; `via` is 'content' or 'background'. */
export function planFor(snap) {
  return compute(
    (core) => core.planFlat(snap.structure, snap.strings, location.href, uiLanguage()),
    () => inBackground(snap, { type: 'plan', url: location.href, lang: uiLanguage() }),
  );
}

/**
 * `{plan, via}`: the clutter plan of a dom.js snapshot, for the subtrees at `roots`
 * (snapshot indices; [0] for the whole page).
 */
export function clutterFor(snap, roots) {
  return compute(
    (core) => core.clutterFlat(snap.structure, snap.strings, roots),
    () => inBackground(snap, { type: 'clutter', roots }),
  );
}
