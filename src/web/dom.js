// clearpress DOM module: the one place that reads and writes the live DOM.
//
// Used by the Rust web adapter (src/web/mod.rs imports it through wasm-bindgen) and directly
// by the extension's content script, which may get its plan from the service worker when the
// page's CSP forbids WebAssembly. It decides nothing: what to hide and what to mark is in the
// Plan computed by the Rust core (src/core/plan.rs). Stateless, no imports.
//
//   snapshot(root)          → {structure: Uint32Array, strings: string, nodes: Node[], closed}
//   apply(nodes, plan, mode = 'on') → undo record ('on': reader, 'declutter': clutter only)
//   hideMore(nodes, hide)   → undo record for clutter the page inserted later
//   undo(record)            → restores the document exactly
//   toggleQuote(target)     → quote id or -1
//   highlightAll(doc, kinds = ['statement'], on = true) → number of quotes changed
//   quotePieces(doc, id)    → the wrappers of quote `id`, in document order
//   markQuote(doc, id, name, on) → sets or removes attribute `name` on quote `id`'s wrappers

/** Attribute that marks clearpress's own UI: skipped by `snapshot`. */
export const UI_ATTR = 'data-clearpress-ui';

/** Tag of the element that wraps each piece of a quote. */
export const QUOTE_TAG = 'clearpress-quote';

const FLAT_ELEMENT = 1;
const FLAT_TEXT = 3;

// The whitespace Rust's `str::trim` removes (Unicode White_Space), for `keepsScriptText`.
const RUST_WS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
// Without the `u` flag, `i` never matches a non-ASCII letter to an ASCII one, like Rust's
// `eq_ignore_ascii_case`.
const LD_JSON = /^application\/ld\+json$/i;

// Strings are NUL-joined, so a NUL inside one becomes U+FFFD (as the HTML parser does).
function clean(s) {
  return s.indexOf('\0') === -1 ? s : s.replace(/\0/g, '\ufffd');
}

// core::model::keeps_children
function keepsChildren(name) {
  return name !== 'template' && name !== 'noscript' && name !== 'style';
}

// core::model::SHADOW_ROOT: an open shadow root is modelled as an element of this name, the
// host's first child, holding the shadow tree's children.
const SHADOW_ROOT = '#shadow-root';

// Whether `el` may hide content we cannot read: a custom element (its name has a hyphen)
// with no open shadow root and no light-DOM content of its own. A closed shadow root cannot
// be detected from outside (that is what closed means), so this is an estimate: it also
// counts empty custom elements and misses closed roots on hosts that have light children.
function maybeClosed(el) {
  return el.localName.includes('-') && el.shadowRoot == null && el.childElementCount === 0 &&
    !/\S/.test(el.textContent);
}

/**
 * Walks `root` (a Document or an Element) once, in pre-order, into the flat encoding of
 * `Page::from_flat`: two u32 per node (parent arena index, tag) and the NUL-joined strings.
 * `nodes[i]` is the DOM node of arena index i (`nodes[0]` = root; a ShadowRoot for a
 * `#shadow-root` entry). `closed` counts custom elements that may hold a closed shadow root
 * (see `maybeClosed`): content we could not read, for the popup to say so.
 * The rules are core::model's: element and text nodes only; no children for template,
 * noscript and style; script text only for JSON-LD; our own UI (`data-clearpress-ui`)
 * skipped; an open shadow root (`element.shadowRoot`) as the host's first child.
 * An explicit stack of sibling cursors, never recursion: pages nest deeper than JS stacks.
 */
export function snapshot(root) {
  const structure = [];
  const strings = [];
  const nodes = [root];
  let closed = 0;
  // [next node to visit, arena index of its parent]
  const stack = [[root.firstChild, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top[0];
    if (node === null) {
      stack.pop();
      continue;
    }
    top[0] = node.nextSibling;
    const parent = top[1];
    const type = node.nodeType;
    if (type === 3) {
      nodes.push(node);
      structure.push(parent, FLAT_TEXT);
      strings.push(clean(node.data));
      continue;
    }
    if (type !== 1 || node.hasAttribute(UI_ATTR)) continue;
    const index = nodes.length;
    const name = node.localName;
    const attrs = node.attributes;
    const count = attrs.length;
    nodes.push(node);
    structure.push(parent, (count << 2) | FLAT_ELEMENT);
    strings.push(clean(name));
    let ldJson = false;
    for (let i = 0; i < count; i++) {
      const a = attrs[i];
      // localName: what html5ever reports too (`xlink:href` on SVG is `href`).
      const attrName = clean(a.localName);
      const value = clean(a.value);
      strings.push(attrName, value);
      if (attrName === 'type' && LD_JSON.test(value.replace(RUST_WS, ''))) ldJson = true;
    }
    if (!keepsChildren(name) || (name === 'script' && !ldJson)) continue;
    // Light children after the shadow tree: pushed first, popped last.
    if (node.firstChild !== null) stack.push([node.firstChild, index]);
    const shadow = node.shadowRoot;
    if (shadow != null) {
      const at = nodes.length;
      nodes.push(shadow);
      structure.push(index, (1 << 2) | FLAT_ELEMENT);
      strings.push(SHADOW_ROOT, 'mode', 'open');
      stack.push([shadow.firstChild, at]);
    } else if (maybeClosed(node)) {
      closed++;
    }
  }
  return { structure: Uint32Array.from(structure), strings: strings.join('\0'), nodes, closed };
}

function isElement(n) {
  return n != null && n.nodeType === 1;
}

function isText(n) {
  return n != null && n.nodeType === 3;
}

// Sets an attribute, remembering its previous value (null when absent) for `undo`.
function setAttr(record, el, name, value) {
  record.attrs.push([el, name, el.getAttribute(name)]);
  el.setAttribute(name, value);
}

/**
 * How many speaker colours the stylesheets define (`--cp-sp-0` … in reader.css): a quote's
 * `data-sp` is its speaker's position in the plan's `speakers`, modulo this.
 */
export const SPEAKER_COLOURS = 8;

// The tooltip: the quote kind's label (the core names it, see core::labels) and the speaker.
function quoteTitle(q) {
  const label = String(q.label ?? q.kind);
  return q.speaker ? `${label}: ${q.speaker}` : label;
}

// Wraps the pieces [start, end) (UTF-16, ascending, non-overlapping) of text node `text` in
// quote elements, splitting it with splitText. The original node keeps the first piece.
function wrapText(record, doc, text, pieces) {
  const entry = { node: text, data: text.data, first: text, created: [] };
  // Recorded before any split, so a failure halfway can still be undone.
  record.texts.push(entry);
  let cursor = text;
  let consumed = 0;
  for (const [start, end, q, last] of pieces) {
    if (cursor === null) break;
    if (start > consumed) {
      cursor = cursor.splitText(start - consumed);
      entry.created.push(cursor);
      consumed = start;
    }
    let after = null;
    if (end - start < cursor.length) {
      after = cursor.splitText(end - start);
      entry.created.push(after);
    }
    const wrap = doc.createElement(QUOTE_TAG);
    wrap.setAttribute('data-q', String(q.id));
    wrap.setAttribute('data-kind', String(q.kind));
    if (q.speaker) wrap.setAttribute('data-speaker', q.speaker);
    if (q.speaker_index != null) wrap.setAttribute('data-sp', String(q.speaker_index % SPEAKER_COLOURS));
    // The quote's last piece carries the speaker label the stylesheet shows when highlighted.
    if (last) wrap.setAttribute('data-last', '');
    wrap.setAttribute('title', quoteTitle(q));
    cursor.parentNode.insertBefore(wrap, cursor);
    wrap.appendChild(cursor);
    if (cursor === text) entry.first = wrap;
    entry.created.push(wrap);
    cursor = after;
    consumed = end;
  }
}

// "2018-12-21" → "December 21, 2018" in the page's language; anything the browser cannot
// read as a date is shown as the page gave it. A bare day is midnight UTC to `Date`, so it
// is written out in UTC: in the reader's own zone it could fall on the day before.
function readableDate(value, lang) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const style = { year: 'numeric', month: 'long', day: 'numeric' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) style.timeZone = 'UTC';
  try {
    return date.toLocaleDateString(lang || undefined, style);
  } catch {
    return date.toLocaleDateString(undefined, style);
  }
}

function header(doc, reader, withTitle) {
  const lines = [];
  if (reader.title && withTitle) lines.push(['clearpress-title', reader.title]);
  if (reader.byline) lines.push(['clearpress-byline', reader.byline]);
  const meta = [reader.site_name, readableDate(reader.published_time, reader.lang)]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push(['clearpress-meta', meta]);
  if (lines.length === 0) return null;
  const box = doc.createElement('div');
  box.setAttribute(UI_ATTR, 'header');
  box.className = 'clearpress-header';
  if (reader.lang) box.setAttribute('lang', reader.lang);
  if (reader.dir) box.setAttribute('dir', reader.dir);
  for (const [cls, text] of lines) {
    const line = doc.createElement('div');
    line.className = cls;
    line.textContent = text;
    box.appendChild(line);
  }
  return box;
}

/** Attribute that hides a node (its value is the clutter kind). */
export const HIDDEN_ATTR = 'data-clearpress-hidden';

// Runs `write(record)`; on failure puts back what it did, so the page is never left
// half-changed, then rethrows.
function recorded(write) {
  const record = { done: false, attrs: [], texts: [], ui: [] };
  try {
    write(record);
  } catch (e) {
    undo(record);
    throw e;
  }
  return record;
}

// Whether `node` is inside a shadow tree (or is a shadow root).
function inShadow(node) {
  const r = node.getRootNode();
  return r.nodeType === 11 && r.host != null;
}

// The reader stylesheet is the document's and does not reach into shadow trees, so what it
// would hide there is hidden with an inline style, noted like any attribute for `undo`.
// Attribute writes only (no CSSOM), so `undo` puts back the very string the page had.
function hideInline(record, el) {
  const prev = el.getAttribute('style');
  setAttr(record, el, 'style', `${prev ? `${prev};` : ''}display:none!important`);
}

// The stylesheet's `[data-clearpress-path] > :not(…)` rule, for path nodes in shadow trees.
function hidePathSiblings(record, nodes, plan) {
  const keep = new Set([...(plan.path || []), plan.article].map((i) => nodes[i]));
  for (const i of plan.path || []) {
    const n = nodes[i];
    if (n == null || !(n.nodeType === 11 || isElement(n)) || !inShadow(n)) continue;
    for (const c of n.children) {
      if (!keep.has(c)) hideInline(record, c);
    }
  }
}

function hideAll(record, nodes, hide, again) {
  for (const h of hide || []) {
    const e = nodes[h.node];
    if (!isElement(e) || (!again && e.hasAttribute(HIDDEN_ATTR))) continue;
    setAttr(record, e, HIDDEN_ATTR, String(h.kind));
    if (inShadow(e)) hideInline(record, e);
  }
}

/**
 * Applies a Plan (core::plan::Plan, or core::plan::ClutterPlan in declutter mode, as JSON)
 * to the nodes of the snapshot it was computed from. Marks with attributes and wraps quote
 * pieces; deletes nothing. Entries that no longer fit the DOM (a node that changed kind, an
 * offset past the end) are skipped. `mode` goes on the root element's `data-clearpress`
 * ('on' for the reader, 'declutter' for clutter hidden in the page's own layout). Returns the
 * record `undo` needs.
 */
export function apply(nodes, plan, mode = 'on') {
  const root = nodes[0];
  const doc = root.nodeType === 9 ? root : root.ownerDocument;
  const el = (i) => (isElement(nodes[i]) ? nodes[i] : null);
  return recorded((record) => applyMarks(doc, nodes, plan, record, el, mode));
}

/**
 * Hides the nodes of `hide` (a ClutterPlan's `hide`, indices into `nodes`) that are not
 * hidden yet: clutter the page inserted while clearpress is on. Only attributes change.
 * Returns an undo record; records are undone in the reverse order of their making.
 */
export function hideMore(nodes, hide) {
  return recorded((record) => hideAll(record, nodes, hide, false));
}

// The body of `apply`; every change it makes is noted in `record` before it is made.
function applyMarks(doc, nodes, plan, record, el, mode) {
  if (doc.documentElement) setAttr(record, doc.documentElement, 'data-clearpress', mode);
  hideAll(record, nodes, plan.hide, true);
  for (const i of plan.path || []) {
    const e = el(i);
    if (e) setAttr(record, e, 'data-clearpress-path', '');
  }
  for (const i of plan.excluded || []) {
    const e = el(i);
    if (e) setAttr(record, e, 'data-clearpress-excluded', '');
    if (e && inShadow(e)) hideInline(record, e);
  }
  // Captions outside <figcaption> and lists of pictures, for the reader stylesheet.
  for (const [list, attr] of [[plan.captions, 'data-clearpress-caption'], [plan.galleries, 'data-clearpress-gallery']]) {
    for (const i of list || []) {
      const e = el(i);
      if (e) setAttr(record, e, attr, '');
    }
  }
  if (mode === 'on') hidePathSiblings(record, nodes, plan);
  const article = plan.article == null ? null : el(plan.article);
  if (article) setAttr(record, article, 'data-clearpress-article', '');

  wrapPieces(record, doc, nodes, plan);
  if (article && plan.reader) {
    // When the article opens with the title, the byline and source go under that heading.
    const heading = plan.reader.title_heading == null ? null : el(plan.reader.title_heading);
    const box = header(doc, plan.reader, heading === null);
    if (box) {
      if (heading) heading.parentNode.insertBefore(box, heading.nextSibling);
      else article.insertBefore(box, article.firstChild);
      record.ui.push(box);
    }
  }
}

// Wraps the plan's quote pieces ([text node, start, end, quote id, last], in order and apart
// already), one run of pieces per text node.
function wrapPieces(record, doc, nodes, plan) {
  const quotes = plan.quotes || [];
  let run = [];
  let runText = null;
  for (const [index, start, end, id, last] of plan.pieces || []) {
    const t = nodes[index];
    const q = quotes[id];
    if (!isText(t) || !t.parentNode || q == null || end > t.length) continue;
    if (t !== runText) {
      if (runText) wrapText(record, doc, runText, run);
      run = [];
      runText = t;
    }
    run.push([start, end, q, last === 1]);
  }
  if (runText) wrapText(record, doc, runText, run);
}

/**
 * Undoes `apply`: removes the header, puts every split text node back together in its
 * original Text object and restores every attribute, in reverse order, so the document
 * serializes exactly as before. Safe to call twice.
 */
export function undo(record) {
  if (!record || record.done) return;
  record.done = true;
  for (const box of record.ui.reverse()) {
    try {
      box.remove();
    } catch (_) {
      // The page removed it already.
    }
  }
  for (const entry of record.texts.reverse()) {
    try {
      const { node, first } = entry;
      if (first !== node && first.parentNode) first.parentNode.insertBefore(node, first);
      node.data = entry.data;
      for (const n of entry.created) {
        if (n !== node && n.parentNode) n.remove();
      }
    } catch (_) {
      // The page rewrote this part of the DOM: nothing of ours is left to take out.
    }
  }
  for (const [el, name, prev] of record.attrs.reverse()) {
    if (prev === null) el.removeAttribute(name);
    else el.setAttribute(name, prev);
  }
}

function quotesIn(root, id) {
  // The piece's own tree: a quote inside a shadow root is not in the document's.
  const tree = root.nodeType === 9 ? root : root.getRootNode();
  return tree.querySelectorAll(`${QUOTE_TAG}[data-q="${id}"]`);
}

/**
 * Click helper: toggles `data-on` on every piece of the quote containing `target` (a node
 * or element). Returns the quote id, or -1 when `target` is not in a quote.
 */
export function toggleQuote(target) {
  const el = isElement(target) ? target : target && target.parentElement;
  const q = el ? el.closest(QUOTE_TAG) : null;
  const id = q ? q.getAttribute('data-q') : null;
  if (id === null || !/^[0-9]+$/.test(id)) return -1;
  const on = !q.hasAttribute('data-on');
  for (const piece of quotesIn(q, id)) {
    if (on) piece.setAttribute('data-on', '');
    else piece.removeAttribute('data-on');
  }
  return Number(id);
}

/**
 * Turns the highlight of every quote of the given kinds on (or off). Returns how many
 * quotes (not pieces) it covered.
 */
export function highlightAll(doc, kinds = ['statement'], on = true) {
  const ids = new Set();
  for (const piece of doc.querySelectorAll(QUOTE_TAG)) {
    if (!kinds.includes(piece.getAttribute('data-kind'))) continue;
    ids.add(piece.getAttribute('data-q'));
    if (on) piece.setAttribute('data-on', '');
    else piece.removeAttribute('data-on');
  }
  return ids.size;
}

/** The wrappers of quote `id` (document-level quotes), in document order. */
export function quotePieces(doc, id) {
  return [...doc.querySelectorAll(`${QUOTE_TAG}[data-q="${Number(id)}"]`)];
}

/**
 * Sets (or removes) the boolean attribute `name` (`data-on`, `data-pinned`, `data-flash`) on
 * every wrapper of quote `id`: the wrappers are our own elements, so `undo` takes these
 * marks away with them. Returns the wrappers.
 */
export function markQuote(doc, id, name, on) {
  const pieces = quotePieces(doc, id);
  for (const piece of pieces) {
    if (on) piece.setAttribute(name, '');
    else piece.removeAttribute(name);
  }
  return pieces;
}
