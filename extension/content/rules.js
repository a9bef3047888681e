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
import { rulesFor } from '../shared/rules.js';

/** The kind written on elements hidden by a reader's rule. */
export const RULE_KIND = 'rule';
// More than a popup can show usefully; the counts in its summary stay complete.
const ITEMS_MAX = 60;
const LABEL_MAX = 70;

/** This page's host as rules are stored, or null (file: pages, IP-less oddities). */
export const pageHost = () => hostOf(location.hostname);

// Elements of the document matching `selector` (none when it no longer parses).
function matching(selector) {
  try {
    return [...document.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Hides what `selectors` match; returns dom.undo's record and how many were hidden. */
export function hideSelectors(selectors) {
  const els = [...new Set(selectors.flatMap(matching))];
  const fresh = els.filter((e) => !e.hasAttribute(dom.HIDDEN_ATTR)).length;
  const record = dom.hideMore(els, els.map((_, node) => ({ node, kind: RULE_KIND })));
  return { record, count: fresh };
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
 * listed so they can be hidden again.
 */
export function listItems() {
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
    .filter((i) => i.live)
    .map(({ live: _, ...i }) => i);
}

/** Shows item `id` again (`hidden` false) or hides it again (true). */
export function setItem(id, hidden) {
  const item = items[id];
  if (!item) return false;
  if (hidden) item.el.setAttribute(dom.HIDDEN_ATTR, item.kind);
  else item.el.removeAttribute(dom.HIDDEN_ATTR);
  return true;
}
