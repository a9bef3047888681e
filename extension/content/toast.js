// The toast: a small notice in the page after the toolbar click (or a shortcut) did its
// work, so that nothing stands between the click and the reader view. It says what happened
// (the details page's words, shared/words.js), lists what was hidden by category with "undo
// this one", and offers the other choices: declutter-only or reader, highlight every
// statement, off, and "More…" (the details page: per-site mode, the options). It goes by
// itself after a few seconds unless the reader is using it, on Esc, and on a press elsewhere
// in the page.
//
// Isolation: an open shadow root on an element clearpress owns, in the top layer where the
// browser has it (a manual popover, above whatever the page stacks), placed by inline
// !important declarations set through the CSSOM (no page CSP governs those, and they beat
// the page's own !important rules); the inside is styled by a constructed sheet. It never
// takes focus.
import { describe } from '../shared/words.js';
import { t } from '../shared/i18n.js';
import { HIDDEN_KINDS } from '../shared/settings.js';

const TAG = 'clearpress-toast';
// Long enough to read two lines; the reader keeps it by pointing at it or tabbing into it.
const SHOW_MS = 8000;

const HOST_STYLE = {
  all: 'initial',
  position: 'fixed',
  inset: 'auto auto 16px 16px',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'block',
  'max-width': 'min(380px, calc(100vw - 32px))',
};

const LOOK = `
[part~="toast"] { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #c9c9c9; border-radius: 8px; box-shadow: 0 4px 18px rgb(0 0 0 / 0.18); padding: 10px 12px; }
@media (prefers-color-scheme: dark) { [part~="toast"] { color: #eee; background: #242424; border-color: #555; } }
[part~="head"] { display: flex; align-items: baseline; gap: 8px; }
[part~="title"] { font-weight: 600; margin: 0; flex: 1; }
[part~="details"] { margin: 4px 0 8px; }
[part~="actions"] { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid #9a9a9a; border-radius: 4px; margin: 0; padding: 3px 8px; cursor: pointer; }
button:hover { border-color: currentColor; }
button:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
[data-cp="close"] { border: 0; padding: 0 4px; font-size: 18px; line-height: 1; }
[part~="items"] { margin-top: 8px; max-height: 40vh; overflow: auto; }
[part~="items"] h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; margin: 8px 0 2px; opacity: 0.75; }
[part~="items"] ul { list-style: none; margin: 0; padding: 0; }
[part~="items"] li { display: flex; gap: 8px; align-items: center; justify-content: space-between; padding: 2px 0; }
[part~="items"] li span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
[part~="items"] li[data-hidden="false"] span { text-decoration: line-through; opacity: 0.7; }
`;

function el(name, attrs = {}, text = '') {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

function button(cp, text, label) {
  const b = el('button', { type: 'button', 'data-cp': cp }, text);
  if (label) b.setAttribute('aria-label', label);
  return b;
}

let current = null;
// Counts renders, so a reader of the page (the tests) tells a new report from the last one.
let renders = 0;

/**
 * Shows (or updates) the toast for `state` ({ok, on, mode, via, summary, items, reason,
 * highlighted}). `act(cmd)` runs a mode command through the background and resolves to the
 * new state; `setItem(id, hidden)` hides or shows one item and resolves to the new state.
 */
export function showToast(state, { act, setItem }) {
  if (!current) current = create();
  current.render(state, { act, setItem });
  return current;
}

/** Removes the toast, if any (reader mode went off). */
export function removeToast() {
  current?.remove();
  current = null;
}

function create() {
  const host = document.createElement(TAG);
  // Our own UI: the reader view keeps it shown, the snapshot and the late-content watch skip it.
  host.setAttribute('data-clearpress-ui', 'toast');
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LOOK);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Unstyled but usable.
  }
  const box = el('div', { part: 'toast', role: 'status', 'aria-live': 'polite', 'aria-label': 'clearpress' });
  shadow.append(box);
  // Beside <body>, like the quote panel: out of the page's own tree of boxes.
  document.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    try {
      host.showPopover();
    } catch {
      // Stays a fixed box under the page's own top layer.
    }
  }
  let timer = 0;
  let keep = false; // the reader opened the list: stays until closed
  const busy = () => keep || host.matches(':hover') || shadow.activeElement !== null;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (busy() ? later() : removeToast()), SHOW_MS);
  };
  // A press elsewhere in the page: the reader has moved on.
  const outside = (e) => e.composedPath().includes(host) || removeToast();
  addEventListener('pointerdown', outside, true);
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      removeToast();
    }
  });
  const toast = {
    host,
    box,
    render(state, handlers) {
      render(box, state, handlers, (open) => (keep = open));
      later();
    },
    remove() {
      clearTimeout(timer);
      removeEventListener('pointerdown', outside, true);
      host.remove();
    },
  };
  return toast;
}

function render(box, state, { act, setItem }, keepOpen) {
  const { state: kind, title, details } = describe(state);
  const reader = state.on && state.mode === 'reader';
  box.dataset.state = kind;
  box.dataset.via = state.via ?? '';
  box.dataset.mode = state.on ? state.mode : '';
  box.dataset.stamp = String(++renders);
  const wasOpen = box.querySelector('[part~="items"]')?.hidden === false;
  const run = (cmd) => async () => {
    for (const b of box.querySelectorAll('button')) b.disabled = true;
    const next = await act(cmd);
    if (next?.on || next?.reason) render(box, next, { act, setItem }, keepOpen);
  };
  const close = button('close', '\u00d7', t('toastClose'));
  close.addEventListener('click', () => removeToast());
  const head = el('div', { part: 'head' });
  head.append(el('p', { part: 'title' }, title), close);
  const actions = el('div', { part: 'actions' });
  if (state.on) {
    const other = button('mode', t(reader ? 'buttonDeclutterOn' : 'buttonReaderOn'));
    other.addEventListener('click', run(reader ? 'toggle-declutter' : 'toggle'));
    actions.append(other);
    if (reader && state.summary?.statements) {
      const hl = button('highlight', t(state.highlighted ? 'buttonUnhighlight' : 'buttonHighlight'));
      hl.addEventListener('click', run('highlight'));
      actions.append(hl);
    }
    const off = button('off', t('toastOff'));
    off.addEventListener('click', run('off'));
    actions.append(off);
  } else if (state.reason === 'no-article') {
    // No article to read, but the clutter can still go.
    const declutter = button('mode', t('buttonDeclutterOn'));
    declutter.addEventListener('click', run('toggle-declutter'));
    actions.append(declutter);
  }
  const items = Array.isArray(state.items) && state.on ? state.items : [];
  const list = el('div', { part: 'items' });
  list.hidden = !wasOpen;
  if (items.length) {
    const show = button('items', t('hiddenHeading'));
    show.setAttribute('aria-expanded', String(!list.hidden));
    show.addEventListener('click', () => {
      list.hidden = !list.hidden;
      show.setAttribute('aria-expanded', String(!list.hidden));
      keepOpen(!list.hidden);
    });
    actions.append(show);
    fillItems(list, items, async (id, hidden) => {
      const next = await setItem(id, hidden);
      if (next) render(box, next, { act, setItem }, keepOpen);
    });
  }
  const more = button('more', t('toastMore'));
  more.addEventListener('click', () => chrome.runtime.sendMessage({ type: 'details' }).catch(() => {}));
  actions.append(more);
  box.replaceChildren(head, el('p', { part: 'details' }, details), actions, list);
}

function fillItems(box, items, change) {
  for (const [kind, key] of HIDDEN_KINDS) {
    const mine = items.filter((i) => i.kind === kind);
    if (!mine.length) continue;
    const ul = el('ul');
    for (const item of mine) {
      const li = el('li', { 'data-kind': item.kind, 'data-hidden': String(item.hidden) });
      const b = button('item', t(item.hidden ? 'itemUndo' : 'itemRehide'), t(item.hidden ? 'itemUndoLabel' : 'itemRehideLabel', item.label));
      b.dataset.item = String(item.id);
      b.addEventListener('click', () => change(item.id, !item.hidden));
      li.append(el('span', {}, item.label), b);
      ul.append(li);
    }
    box.append(el('h3', {}, t(key)), ul);
  }
}
