// A CSS selector for an element the reader picked, meant to find the same element again
// after a reload and on the site's other pages.
//
// Sites rebuild their pages: an advert or a late widget inserted above the element shifts
// every position, so a chain of :nth-child() steps would hide some other block (perhaps a
// paragraph of the article) on the next load. Names the site gave on purpose survive that:
// an id, a class describing the block ("newsletter-signup"), an attribute like
// data-testid, role or aria-label. So the selector is built from those, from the element
// up through its ancestors until it matches this element alone, and a position is used
// only where nothing else tells two siblings apart.
//
// Generated-looking names are skipped: CSS-modules and CSS-in-JS hashes ("css-1q2w3e",
// "Box_root__3xK9a", "sc-bdVaJa"), React's ":r1:" ids and numbered ids ("post-8812",
// "ember123") change between builds or between articles.
//
// An element inside an open shadow root (a web component's own markup) gets a selector
// within that shadow tree, after its host's, joined by the rules' shadow step
// (`host >>> inner`, shared/rules.js).
import { SHADOW_STEP } from '../shared/rules.js';

/** Attributes that name what a block is, in the order they are preferred. */
const NAMING_ATTRS = ['data-testid', 'data-test', 'data-qa', 'data-component', 'data-module', 'data-widget', 'role', 'aria-label', 'itemprop', 'name'];
const MAX_DEPTH = 8;
const MAX_CLASSES = 2;

// Looks generated rather than written by a person: digits mixed into a name, a hash-like
// run, or a known generator prefix.
function generated(name) {
  if (name.length > 40) return true;
  if (/\d{3,}/.test(name) || /^\d/.test(name)) return true;
  if (/^(css|sc|jsx|emotion|svelte|styled)-/i.test(name)) return true;
  if (/__[A-Za-z0-9_-]{5,}$/.test(name) || /_[A-Za-z0-9]{5,}$/.test(name) && /[A-Z]/.test(name) && /\d/.test(name)) return true;
  if (/[:]/.test(name)) return true;
  // Short mixed-case-and-digit tokens ("a1B2c", "x9Kq") are hashes.
  return /^[A-Za-z0-9_-]{4,10}$/.test(name) && /\d/.test(name) && /[A-Z]/.test(name) && /[a-z]/.test(name);
}

const esc = (s) => CSS.escape(s);

function idPart(el) {
  const id = el.getAttribute('id');
  return id && !generated(id) ? `#${esc(id)}` : null;
}

function attrPart(el) {
  for (const name of NAMING_ATTRS) {
    const v = el.getAttribute(name);
    if (v && v.length <= 60 && !generated(v.replace(/\s+/g, ''))) return `[${name}="${v.replace(/["\\]/g, '\\$&')}"]`;
  }
  return null;
}

function stableClasses(el) {
  return [...el.classList].filter((c) => !generated(c) && !c.startsWith('clearpress'));
}

// Every candidate for one element, from the most telling to the plainest.
function partsOf(el) {
  const tag = el.localName;
  const parts = [];
  const id = idPart(el);
  if (id) parts.push(id);
  const attr = attrPart(el);
  const classes = stableClasses(el);
  // The rarest classes first (in the element's own tree): they say the most about this block.
  const root = el.getRootNode();
  const uses = new Map(classes.map((c) => [c, root.querySelectorAll(`.${esc(c)}`).length]));
  classes.sort((a, b) => uses.get(a) - uses.get(b));
  const cls = classes.slice(0, MAX_CLASSES).map((c) => `.${esc(c)}`);
  if (cls.length) parts.push(tag + cls[0]);
  if (cls.length > 1) parts.push(tag + cls.join(''));
  if (attr) parts.push(tag + attr);
  if (attr && cls.length) parts.push(tag + cls[0] + attr);
  parts.push(tag);
  return parts;
}

// `root`: the document or shadow root the selector is looked up in.
function matchesOnly(root, selector, el) {
  try {
    const all = root.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

// The element's place among its siblings of the same tag: the last resort.
function positioned(el, part) {
  const same = [...el.parentNode.children].filter((c) => c.localName === el.localName);
  return same.length > 1 ? `${part}:nth-of-type(${same.indexOf(el) + 1})` : part;
}

/**
 * A selector that matches `el` alone in its document, built from stable names where there
 * are any; for an element in open shadow trees, the steps from the document's host down.
 */
export function selectorFor(el) {
  const steps = [];
  for (let node = el; node; node = node.getRootNode().host ?? null) steps.unshift(selectorInTree(node));
  return steps.join(SHADOW_STEP);
}

// A selector for `el` alone in its own tree (the document, or the shadow root it is in).
function selectorInTree(el) {
  const doc = el.getRootNode();
  const own = partsOf(el);
  for (const p of own) if (matchesOnly(doc, p, el)) return p;
  // Anchored on named ancestors: "#comments .thread", "aside.sidebar section.donate".
  let suffix = own[0];
  let node = el;
  for (let depth = 0; depth < MAX_DEPTH && node.parentElement && node.parentElement !== doc.documentElement; depth++) {
    node = node.parentElement;
    const named = partsOf(node).filter((p) => p !== node.localName);
    for (const p of named) {
      const s = `${p} ${suffix}`;
      if (matchesOnly(doc, s, el)) return s;
    }
    if (named.length && /^#/.test(named[0])) break; // an id is as good an anchor as there is
  }
  return positionedPath(doc, el);
}

// Nothing named tells this element apart: its own best part, with positions, child by child
// up to where it is unique, then under the nearest named ancestor, so that on the site's
// other pages the rule cannot match, say, every fourth paragraph of every box.
function positionedPath(doc, el) {
  let selector = positioned(el, partsOf(el)[0]);
  let node = el;
  while (!matchesOnly(doc, selector, el) && node.parentElement && node.parentElement !== doc.documentElement) {
    node = node.parentElement;
    const part = idPart(node) ?? (node === doc.body ? 'body' : positioned(node, partsOf(node).find((p) => !p.startsWith('#')) ?? node.localName));
    selector = `${part} > ${selector}`;
  }
  if (/^(#|body\b)/.test(selector)) return selector;
  for (let n = node.parentElement; n && n !== doc.documentElement; n = n.parentElement) {
    for (const p of partsOf(n).filter((q) => q !== n.localName)) {
      if (matchesOnly(doc, `${p} ${selector}`, el)) return `${p} ${selector}`;
    }
  }
  return selector;
}
