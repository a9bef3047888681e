// The content script's one job: turn reader mode or declutter-only mode on and off in this
// page, and report how it went. What to hide and what to mark comes from the Rust core's
// plan; dom.js writes it. While either mode is on, content the page inserts later is judged
// too (watch.js).
import * as dom from '../wasm/dom.js';
import { clutterFor, planFor } from './planner.js';
import { parkFocus, restoreFocus } from './focus.js';
import { watchLate } from './watch.js';
import { showToolbar } from './toolbar.js';
import { enabledKinds, KINDS, load } from '../shared/settings.js';
import { forgetItems, hideSelectors, listItems, setItem, siteSelectors, watchRules } from './rules.js';
import { pickCommand } from './hide-this.js';
import { removeToast, showToast } from './toast.js';

// While a mode is on: {mode, record, rules, selectors, ruleWatch, watch, scroll, focus, via,
// summary, allOn, toolbar, panel}; `rules`: the undo records of the reader's own rules, oldest
// first; `ruleWatch`: hides what the page inserts later and the rules match; `toolbar`: the
// reader view's toolbar (toolbar.js); `panel`: the quote panel (panel.js).
let session = null;
// Commands run one after another, so a double key press cannot interleave two toggles.
let queue = Promise.resolve();

/**
 * Runs a command from the background or the popup ('status' | 'on' | 'declutter' | 'off' |
 * 'highlight' | 'pick' | 'item'); `message` carries the arguments of 'pick' and 'item'.
 */
export function handle(cmd, message = {}) {
  const run = queue.then(() => COMMANDS[cmd]?.(message) ?? { ok: false, on: !!session, reason: 'error', message: `unknown command ${cmd}` });
  queue = run.catch(() => {});
  return run;
}

const COMMANDS = {
  status: () => status(),
  on: () => start('reader'),
  declutter: () => start('declutter'),
  off: () => off(),
  highlight,
  // "Hide this": the picker; what it picks is hidden at once while a mode is on.
  pick: (message) => pickCommand(message, () => session, (cmd, m) => handle(cmd, m)),
  'hide-rule': (message) => hideRule(message.selector),
  // The details page's and the toast's "undo this one" / "hide again".
  item: (message) => status({ changed: !!session && setItem(message.id, !!message.hidden) }),
  // What the user's last command did, told by the background once it is done.
  toast: (message) => toast(message.state),
};

// The toast's buttons: mode changes go through the background (stylesheets, badge), the
// items are this page's own.
const toastHandlers = {
  act: (cmd) => chrome.runtime.sendMessage({ type: 'page-run', cmd }).catch(() => null),
  setItem: (id, hidden) => handle('item', { id, hidden }),
};

function toast(state) {
  // The page changed since (a second click turned it off): say nothing stale.
  const now = status();
  if (state?.on && !now.on) return now;
  showToast(state?.on ? now : { ...now, ...state }, toastHandlers);
  return now;
}

function status(extra = {}) {
  if (!session) return { ok: true, on: false, ...extra };
  const { mode, via, summary, allOn } = session;
  return { ok: true, on: true, mode, via, summary, highlighted: allOn, items: listItems(mode === 'reader'), ...extra };
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

// The kinds of clutter the reader chose to hide (options page); all of them if the settings
// cannot be read.
let kinds = null;

// The plan without the kinds the reader keeps, its counts to match.
function wanted(plan) {
  if (!kinds) return plan;
  const hide = (plan.hide ?? []).filter((h) => kinds.has(h.kind));
  const summary = { ...plan.summary, hidden: hide.length };
  for (const kind of KINDS) summary[kind] = hide.filter((h) => h.kind === kind).length;
  return { ...plan, hide, summary };
}

// Late content is judged the way the first plan was computed (here, or in the background).
const judgeLate = async (snap, roots) => wanted((await clutterFor(snap, roots)).plan);

// Counts of what late content added, for the popup.
function addLate(late) {
  if (!session?.summary || !late) return;
  const sum = { ...session.summary };
  for (const key of [...KINDS, 'hidden']) sum[key] = (sum[key] ?? 0) + (late[key] ?? 0);
  session.summary = sum;
}

async function start(mode) {
  if (session?.mode === mode) return status();
  if (session) off({ switching: true });
  const reader = mode === 'reader';
  const scroll = { x: window.scrollX, y: window.scrollY };
  // Settings and rules are read while the page is planned, not before.
  const kindsRead = load().then(enabledKinds, () => null);
  const selectors = siteSelectors(); // applied right after the plan
  const watch = watchLate(document, judgeLate, addLate);
  let record = null;
  let rules = null;
  let focus = null;
  let toolbar = null;
  try {
    const snap = dom.snapshot(document);
    const found = reader ? await planFor(snap) : await clutterFor(snap, [0]);
    const { via } = found;
    kinds = await kindsRead;
    const plan = wanted(found.plan);
    if (reader && plan.article == null) {
      watch.stop();
      return { ok: true, on: false, reason: 'no-article', via, summary: plan.summary };
    }
    if (reader) focus = parkFocus();
    record = dom.apply(snap.nodes, plan, reader ? 'on' : 'declutter');
    const ruleList = await selectors;
    rules = hideSelectors(ruleList);
    if (reader) window.addEventListener('click', onClick, true);
    if (reader) toolbar = await showToolbar({ reading: found.plan.reading ?? null, onOriginal: leaveFromToolbar });
    // What the walk could not enter (closed shadow roots) is the popup's to say, not the core's.
    const summary = { ...plan.summary, closed: snap.closed ?? 0, rules: rules.count };
    session = { mode, record, rules: [rules.record], selectors: ruleList, watch, scroll, focus, via, summary, allOn: false, toolbar, panel: null };
    session.ruleWatch = watchRules(ruleList, addRuled);
    if (reader) session.panel = await quotePanel(plan);
    // The page's layout changed under the reader: start at the top of the article.
    const article = reader && document.querySelector('[data-clearpress-article]');
    if (article) scrollToInstantly(0, article.getBoundingClientRect().top + window.scrollY - (toolbar?.height() ?? 0));
    return status();
  } catch (e) {
    // Never leave the page half-changed.
    session?.panel?.destroy();
    for (const r of watch.stop()) dom.undo(r);
    dom.undo(rules?.record);
    window.removeEventListener('click', onClick, true);
    toolbar?.remove();
    dom.undo(record);
    session = null;
    if (reader) {
      scrollToInstantly(scroll.x, scroll.y);
      restoreFocus(focus);
    }
    throw e;
  }
}

// `switching`: another mode comes next, so the toast stays to report it.
function off({ switching = false } = {}) {
  if (!session) return status();
  const { mode, record, rules, ruleWatch, watch, scroll, focus, toolbar, panel } = session;
  session = null;
  if (!switching) removeToast();
  panel?.destroy();
  window.removeEventListener('click', onClick, true);
  toolbar?.remove();
  ruleWatch.stop();
  for (const r of watch.stop()) dom.undo(r);
  for (const r of rules.reverse()) dom.undo(r);
  forgetItems();
  dom.undo(record);
  // Declutter-only mode kept the layout: the reader's place on the page is still right.
  if (mode === 'reader') {
    scrollToInstantly(scroll.x, scroll.y);
    restoreFocus(focus);
  }
  return status();
}

// Elements hidden by the reader's rules: their undo record and the popup's count.
function addRuled({ record, count }) {
  if (!session) return;
  session.rules.push(record);
  session.summary = { ...session.summary, rules: (session.summary.rules ?? 0) + count };
}

// A rule the reader just picked: hidden at once while a mode is on, and watched for later.
function hideRule(selector) {
  if (!session || typeof selector !== 'string') return status();
  addRuled(hideSelectors([selector]));
  session.ruleWatch.stop();
  session.selectors = [...session.selectors, selector];
  session.ruleWatch = watchRules(session.selectors, addRuled);
  return status();
}

// The toolbar's way back to the original page: through the background, like the popup's
// button, so the stylesheets go and the toolbar badge follows.
function leaveFromToolbar() {
  chrome.runtime.sendMessage({ type: 'leave' }).catch(() => handle('off'));
}

function highlight() {
  if (session?.mode !== 'reader') return status();
  session.allOn = !session.allOn;
  const count = dom.highlightAll(document, ['statement'], session.allOn);
  // Every statement highlighted: the panel lists them by speaker, with the colours' legend.
  if (session.allOn) session.panel?.open();
  return status({ count });
}

// The quote panel, with the page's pinned quotes back; reader mode works without it. Its
// module loads on first use, so the first click does not wait for it.
async function quotePanel(plan) {
  try {
    const { createPanel } = await import('./panel.js');
    return await createPanel(plan);
  } catch (e) {
    console.warn('clearpress: no quote panel:', e?.message ?? e);
    return null;
  }
}
