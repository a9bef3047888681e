// The content script's one job: turn reader mode on and off in this page, and report how it
// went. What to hide and what to mark comes from the Rust core's plan; dom.js writes it.
import * as dom from '../wasm/dom.js';
import { planFor } from './planner.js';
import { parkFocus, restoreFocus } from './focus.js';

// While reader mode is on: {record, scroll, focus, via, summary, allOn}.
let session = null;
// Commands run one after another, so a double key press cannot interleave two toggles.
let queue = Promise.resolve();

/** Runs a command from the background ('status' | 'on' | 'off' | 'highlight'). */
export function handle(cmd) {
  const run = queue.then(() => COMMANDS[cmd]?.() ?? { ok: false, on: !!session, reason: 'error', message: `unknown command ${cmd}` });
  queue = run.catch(() => {});
  return run;
}

const COMMANDS = { status, on, off, highlight };

function status(extra = {}) {
  if (!session) return { ok: true, on: false, ...extra };
  const { via, summary, allOn } = session;
  return { ok: true, on: true, via, summary, highlighted: allOn, ...extra };
}

function onClick(event) {
  if (event.button !== 0) return;
  const piece = event.target.closest?.('clearpress-quote[data-kind="statement"], clearpress-quote[data-kind="fragment"]');
  // A drag that selected text is not a click on the quote.
  if (!piece || String(window.getSelection?.() ?? '') !== '') return;
  dom.toggleQuote(piece);
}

function scrollToInstantly(x, y) {
  window.scrollTo({ left: x, top: y, behavior: 'instant' });
}

async function on() {
  if (session) return status();
  const scroll = { x: window.scrollX, y: window.scrollY };
  const snap = dom.snapshot(document);
  const { plan, via } = await planFor(snap);
  if (plan.article == null) {
    return { ok: true, on: false, reason: 'no-article', via, summary: plan.summary };
  }
  let record = null;
  const focus = parkFocus();
  try {
    record = dom.apply(snap.nodes, plan);
    window.addEventListener('click', onClick, true);
    session = { record, scroll, focus, via, summary: plan.summary, allOn: false };
    // The page's layout changed under the reader: start at the top of the article.
    const article = document.querySelector('[data-clearpress-article]');
    if (article) scrollToInstantly(0, article.getBoundingClientRect().top + window.scrollY);
    return status();
  } catch (e) {
    // Never leave the page half-changed.
    window.removeEventListener('click', onClick, true);
    dom.undo(record);
    session = null;
    scrollToInstantly(scroll.x, scroll.y);
    restoreFocus(focus);
    throw e;
  }
}

function off() {
  if (!session) return status();
  const { record, scroll, focus } = session;
  session = null;
  window.removeEventListener('click', onClick, true);
  dom.undo(record);
  scrollToInstantly(scroll.x, scroll.y);
  restoreFocus(focus);
  return status();
}

function highlight() {
  if (!session) return status();
  session.allOn = !session.allOn;
  const count = dom.highlightAll(document, ['statement'], session.allOn);
  return status({ count });
}
