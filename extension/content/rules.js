// The reader's own rules in the page, and the list of what is hidden for the popup.
//
// Rules (shared/rules.js) are hidden with the same attribute as the core's clutter, kind
// "rule", through dom.hideMore, so dom.undo takes them back exactly like the rest.
//
// The popup's "undo this one" shows one hidden element again by taking its hidden
// attribute off, and "hide again" puts it back. Neither is recorded: every undo record
// restores the value an attribute had before clearpress, whatever happened in between, so
// toggling off still leaves the page exactly as it was.
import * as dom from '../wasm/dom.js';
import { hostOf } from '../shared/settings.js';
import { queryRule, rulesFor, SHADOW_STEP } from '../shared/rules.js';

/** The kind written on elements hidden by a reader's rule. */
export const RULE_KIND = 'rule';
// More than a popup can show usefully; the counts in its summary stay complete.
const ITEMS_MAX = 60;
const LABEL_MAX = 70;

/** This page's host as rules are stored, or null (file: pages, IP-less oddities). */
export const pageHost = () => hostOf(location.hostname);

// Elements of the document (and its open shadow trees, for rules that step into them)
// matching `selector`; null when it does not parse here.
const matching = (selector) => queryRule(document, selector);

/** Hides what `selectors` match; returns dom.undo's record and how many were hidden. */
export function hideSelectors(selectors) {
  return hideSelectorsIn([...new Set(selectors.flatMap((s) => matching(s) ?? []))]);
}

/**
 * Hides what the page inserts later and `selectors` match (a sign-up box that slides in, a
 * widget mounted on scroll: often the very thing a reader picked), batched per animation
 * frame like watch.js. `hidden({record, count})` hears of each batch. Returns {stop()}. Does
 * nothing without selectors, so sites without rules pay nothing.
 */
export function watchRules(selectors, hidden) {
  // Stored rules are checked when saved; one this browser reads differently is skipped.
  const usable = selectors.filter((s) => matching(s) !== null);
  if (!usable.length) return { stop() {} };
  // Rules into shadow trees are looked up again from the document: an inserted host's
  // shadow tree is built by its own script, which no observer of the document sees.
  const deep = usable.filter((s) => s.includes(SHADOW_STEP.trim()));
  const joined = usable.filter((s) => !deep.includes(s)).join(', ');
  // What they matched already was hidden by the first pass (and may have been shown again
  // from the popup since, which must hold).
  const known = new WeakSet(deep.flatMap((s) => matching(s)));
  let added = [];
  let frame = 0;
  const run = () => {
    frame = 0;
    const roots = added.filter((n) => n.isConnected);
    added = [];
    const els = new Set();
    for (const r of joined ? roots : []) {
      if (r.matches(joined)) els.add(r);
      for (const e of r.querySelectorAll(joined)) els.add(e);
    }
    for (const e of roots.length ? deep.flatMap((s) => matching(s) ?? []) : []) {
      if (!known.has(e)) els.add(e);
      known.add(e);
    }
    if (els.size) hidden(hideSelectorsIn([...els]));
  };
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) for (const n of m.addedNodes) if (n.nodeType === 1 && !n.hasAttribute(dom.UI_ATTR)) added.push(n);
    if (added.length && !frame) frame = requestAnimationFrame(run);
  });
  observer.observe(document, { childList: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      added = [];
    },
  };
}

function hideSelectorsIn(els) {
  const fresh = els.filter((e) => !e.hasAttribute(dom.HIDDEN_ATTR)).length;
  return { record: dom.hideMore(els, els.map((_, node) => ({ node, kind: RULE_KIND }))), count: fresh };
}

/** This site's rules (none when they cannot be read). */
export async function siteSelectors() {
  const host = pageHost();
  return host ? rulesFor(host).catch(() => []) : [];
}

// The elements listed in the popup, in the order first seen; ids are their positions.
let items = [];

/** Forgets the listed elements (clearpress went off). */
export function forgetItems() {
  items = [];
}

// The first words of an element, to name it in the popup.
function labelOf(el) {
  const text = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  if (!text) return `<${el.localName}>`;
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

/**
 * The hidden elements, outermost only (a hidden comment inside a hidden section is not an
 * item of its own), each {id, kind, label, hidden}; elements shown again by the reader stay
 * listed so they can be hidden again. `inArticle`: only those the reader view can show (in
 * reader mode everything beside the article and its excluded parts stay hidden, so showing
 * one of those would show nothing).
 */
export function listItems(inArticle = false) {
  const known = new Set(items.map((i) => i.el));
  for (const el of document.querySelectorAll(`[${dom.HIDDEN_ATTR}]`)) {
    if (known.has(el) || items.length >= ITEMS_MAX) continue;
    const inner = items.some((i) => i.el.contains(el)) || el.parentElement?.closest(`[${dom.HIDDEN_ATTR}]`);
    if (inner) continue;
    items.push({ el, kind: el.getAttribute(dom.HIDDEN_ATTR), label: labelOf(el) });
    known.add(el);
  }
  return items
    .map((i, id) => ({ id, kind: i.kind, label: i.label, hidden: i.el.hasAttribute(dom.HIDDEN_ATTR), live: i.el.isConnected }))
    .filter((i) => i.live && (!inArticle || readable(items[i.id].el)))
    .map(({ live: _, ...i }) => i);
}

// Whether the reader view would show `el` were it not hidden.
const readable = (el) => el.closest('[data-clearpress-article]') && !el.closest('[data-clearpress-excluded]');

/** Shows item `id` again (`hidden` false) or hides it again (true). */
export function setItem(id, hidden) {
  const item = items[id];
  if (!item) return false;
  if (hidden) item.el.setAttribute(dom.HIDDEN_ATTR, item.kind);
  else item.el.removeAttribute(dom.HIDDEN_ATTR);
  return true;
}
