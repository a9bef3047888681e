// Late content. Comment systems, appeals and sign-up boxes often arrive after the page has
// loaded (on scroll, after a timer, mounted by a script inside the article). While clearpress
// is on, what the page inserts is collected by a MutationObserver, batched per animation
// frame, and judged by the Rust core against the whole page as it is now (so a late widget
// gets the decision it would have had on load); dom.js hides what the core names.
//
// Only insertions are observed (childList), and after the first apply clearpress changes
// nothing but attributes, so its own changes never come back as work. The header and quote
// wrappers the reader adds are its own nodes and are skipped by name.
import * as dom from '../wasm/dom.js';

// Inserted elements that show nothing, so they cannot be clutter on their own.
const INVISIBLE = new Set(['script', 'style', 'link', 'meta', 'template', 'noscript', 'base', 'title']);

function worthJudging(node) {
  return (
    node.nodeType === 1 &&
    !INVISIBLE.has(node.localName) &&
    node.localName !== dom.QUOTE_TAG &&
    !node.hasAttribute(dom.UI_ATTR)
  );
}

/**
 * Starts watching `doc`; call it just before the first snapshot, so whatever the page
 * inserts while the first plan is computed is judged too. `judge(snapshot, roots)` resolves
 * to a clutter plan for the snapshot indices `roots`; `hidden(summary)` hears of each batch
 * hidden. Returns {stop()}, which disconnects and returns the undo records of everything
 * hidden meanwhile, newest first.
 */
export function watchLate(doc, judge, hidden) {
  const pending = new Set();
  const records = [];
  let frame = 0;
  let timer = 0;
  let running = false;
  // A page that inserts something every frame (a live ticker) must not keep the core busy
  // all the time: after a run, the next waits as long as that run took (at most half the
  // time goes to judging).
  let rest = 0;
  let stopped = false;

  const observer = new MutationObserver((mutations) => {
    collect(mutations);
    schedule();
  });
  observer.observe(doc, { childList: true, subtree: true });

  function collect(mutations) {
    for (const m of mutations) {
      for (const n of m.addedNodes) if (worthJudging(n)) pending.add(n);
    }
  }

  function schedule() {
    if (frame || timer || running || stopped || !pending.size) return;
    const wait = rest - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = 0;
        schedule();
      }, wait);
    } else {
      frame = requestAnimationFrame(run);
    }
  }

  // The inserted elements still in the page and not inside something already hidden.
  function liveRoots() {
    const roots = [...pending].filter((n) => n.isConnected && !n.closest(`[${dom.HIDDEN_ATTR}]`));
    pending.clear();
    return new Set(roots);
  }

  async function run() {
    frame = 0;
    const roots = liveRoots();
    if (roots.size === 0) return;
    running = true;
    const began = performance.now();
    try {
      const snap = dom.snapshot(doc);
      const indices = [];
      snap.nodes.forEach((n, i) => roots.has(n) && indices.push(i));
      if (indices.length === 0) return;
      const plan = await judge(snap, indices);
      // Turned off meanwhile: the undo has run, nothing may be added after it.
      if (!stopped && plan.hide?.length) {
        records.push(dom.hideMore(snap.nodes, plan.hide));
        hidden(plan.summary);
      }
    } catch (e) {
      // A late widget left visible is not worth breaking the page for.
      console.warn('clearpress: could not judge late content:', e?.message ?? e);
    } finally {
      running = false;
      const now = performance.now();
      rest = now + (now - began);
      schedule();
    }
  }

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
      pending.clear();
      return records.splice(0).reverse();
    },
  };
}
