// Where the plan gets computed.
//
// First choice: the wasm core right here in the content script (no copy of the snapshot).
// Chromium refuses to compile WebAssembly in a content script when the PAGE's CSP lacks
// 'wasm-unsafe-eval' (Firefox allows it), so on such pages the snapshot goes to the
// extension's background, which runs the same core under the extension's own CSP and
// replies with the plan.

let localWorks = true;

async function planHere(snap) {
  const core = await import('../shared/core.js');
  return core.planFlat(snap.structure, snap.strings, location.href);
}

async function planInBackground(snap) {
  const reply = await chrome.runtime.sendMessage({
    type: 'plan',
    // Chrome's messaging is JSON: a typed array would arrive as an object.
    structure: Array.from(snap.structure),
    strings: snap.strings,
    url: location.href,
  });
  if (!reply || reply.error) throw new Error(reply?.error ?? 'the extension background did not answer');
  return reply.plan;
}

/** `{plan, via}` for a dom.js snapshot; `via` is 'content' or 'background'. */
export async function planFor(snap) {
  if (localWorks) {
    try {
      return { plan: await planHere(snap), via: 'content' };
    } catch {
      localWorks = false; // this page's CSP will not change: don't try again
    }
  }
  return { plan: await planInBackground(snap), via: 'background' };
}
