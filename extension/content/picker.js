// The element picker behind "Hide this": outlines an element, lets the reader widen the
// choice to its parent or narrow it back to a child, and resolves with a selector for it.
//
// Its UI lives in a closed shadow root on an element of our own, so the page's stylesheets
// cannot restyle it and the page's scripts cannot read it; the element carries the UI
// attribute the late-content watcher skips, and it is removed when the picker closes, so
// toggling clearpress off still finds the page as it was.
//
// Keyboard: ↑ or + wider, ↓ or − narrower, Enter hides, Escape cancels; Tab reaches the
// same buttons. Mouse: a click on the page picks what was clicked. When the browser could
// not say which element was right-clicked (Chromium, on a page clearpress was not in yet),
// the outline follows the pointer until a click or a key settles it.
//
// Elements inside open shadow roots (web components' own markup) can be picked; a closed
// shadow root is represented by its host, as nothing outside it may look in.
import { UI_ATTR } from '../wasm/dom.js';
import { queryRule } from '../shared/rules.js';
import { selectorFor } from './selector.js';

const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; z-index: 2147483646; box-sizing: border-box;
  outline: 3px solid #b3261e; outline-offset: -1px; background: rgba(179, 38, 30, 0.12); }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 26rem;
  font: 14px/1.4 system-ui, sans-serif; color: #1d1c1a; background: #fff; border: 1px solid #888;
  border-radius: 8px; padding: 10px 12px; box-shadow: 0 4px 18px rgba(0,0,0,.25); }
.panel p { margin: 0 0 6px; }
code { font: 12px ui-monospace, monospace; word-break: break-all; }
.buttons { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; padding: 4px 10px; border-radius: 5px; border: 1px solid #888; background: #f4f4f4; color: inherit; cursor: pointer; }
button.main { background: #1f3a5f; color: #fff; border-color: #1f3a5f; }
button:focus-visible { outline: 2px solid #1d4f91; outline-offset: 2px; }
`;

function make(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

// The element a rule can name for `node`: itself, or for a node in a closed shadow tree
// (which only the browser's own APIs hand out) the host outside it.
function pickable(node) {
  let el = node?.nodeType === 1 ? node : node?.parentElement;
  for (let root = el?.getRootNode(); el && root !== document; root = el?.getRootNode()) {
    if (!(root instanceof ShadowRoot)) return null;
    if (root.mode === 'closed') el = root.host;
    else break;
  }
  return el && el !== document.documentElement && el !== document.body ? el : null;
}

// The innermost element at (x, y), into open shadow roots.
function deepAt(x, y) {
  let el = document.elementFromPoint(x, y);
  for (let inner = el?.shadowRoot?.elementFromPoint(x, y); inner && inner !== el; inner = el.shadowRoot?.elementFromPoint(x, y)) el = inner;
  return el;
}

// The innermost element under the pointer as the page last saw it, into open shadow roots.
function hovered() {
  let el = null;
  for (let scope = document; scope; scope = el?.shadowRoot ?? null) {
    const next = [...scope.querySelectorAll(':hover')].at(-1);
    if (!next || next === el) break;
    el = next;
  }
  return el;
}

/**
 * Opens the picker on `start` (the right-clicked element), or when `exact` is false on
 * `start` as a guess (a link or image the menu named; else what the pointer is on, else the
 * middle of the window), following the pointer until the reader settles on something.
 * Resolves with {selector, element} when the reader confirms, null when they cancel.
 */
export function pick(start, exact = true) {
  return new Promise((resolve) => {
    const guess = pickable(start) ?? pickable(hovered()) ?? pickable(deepAt(innerWidth / 2, innerHeight / 2));
    const ui = new Picker(guess ?? document.body, resolve, !exact || !guess);
    ui.open();
  });
}

class Picker {
  constructor(target, done, follow) {
    this.target = target;
    this.trail = []; // the children we widened from, to narrow back along the same path
    this.follow = follow;
    this.done = done;
    this.host = make('clearpress-picker');
    this.host.setAttribute(UI_ATTR, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    this.root = root;
    this.box = make('div', { className: 'box' });
    this.selectorText = make('code');
    this.count = make('p');
    const button = (key, onClick, main = false) => {
      const b = make('button', { type: 'button', textContent: t(key), className: main ? 'main' : '' });
      b.addEventListener('click', onClick);
      return b;
    };
    this.hideButton = button('pickerHide', () => this.finish(true), true);
    const panel = make(
      'div',
      { className: 'panel', role: 'dialog' },
      make('p', {}, make('strong', { textContent: t('pickerTitle') })),
      make('p', {}, this.selectorText),
      this.count,
      make('p', { textContent: t('pickerKeys') }),
      make(
        'div',
        { className: 'buttons' },
        this.hideButton,
        button('pickerWider', () => this.wider()),
        button('pickerNarrower', () => this.narrower()),
        button('pickerCancel', () => this.finish(false)),
      ),
    );
    panel.setAttribute('aria-label', t('pickerTitle'));
    root.append(make('style', { textContent: STYLE }), this.box, panel);
    this.panel = panel;
    this.onKey = (e) => this.key(e);
    this.onClick = (e) => this.click(e);
    this.onMove = () => this.draw();
    this.onOver = (e) => this.over(e);
  }

  open() {
    document.documentElement.append(this.host);
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('scroll', this.onMove, true);
    window.addEventListener('resize', this.onMove);
    window.addEventListener('mouseover', this.onOver, true);
    this.show();
    this.hideButton.focus({ preventScroll: true });
  }

  show() {
    this.selector = selectorFor(this.target);
    this.selectorText.textContent = this.selector;
    const n = queryRule(document, this.selector)?.length ?? 0;
    this.count.textContent = t('pickerCount', n);
    this.draw();
  }

  draw() {
    const r = this.target.getBoundingClientRect();
    Object.assign(this.box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  }

  wider() {
    // Out of a shadow tree's top, to its host.
    const parent = pickable(this.target.parentElement ?? this.target.getRootNode().host);
    if (!parent) return;
    this.trail.push(this.target);
    this.target = parent;
    this.show();
  }

  narrower() {
    // A host's shadow tree is what it shows, so narrowing goes there first.
    const child = this.trail.pop() ?? pickable(this.target.shadowRoot?.firstElementChild) ?? this.target.firstElementChild;
    if (!child) return;
    this.target = child;
    this.show();
  }

  key(e) {
    const keys = { ArrowUp: () => this.wider(), '+': () => this.wider(), ArrowDown: () => this.narrower(), '-': () => this.narrower(), Escape: () => this.finish(false) };
    // Enter on a focused button of ours is that button's own click; anywhere else it hides.
    if (e.key === 'Enter' && !(this.root.activeElement instanceof HTMLButtonElement)) keys.Enter = () => this.finish(true);
    const act = keys[e.key];
    if (!act) return;
    this.follow = false;
    e.preventDefault();
    e.stopPropagation();
    act();
  }

  click(e) {
    if (e.composedPath().includes(this.host)) return;
    // A click on the page picks what was clicked, and must not follow a link or submit.
    e.preventDefault();
    e.stopPropagation();
    const el = pickable(e.composedPath()[0]);
    if (!el) return;
    this.follow = false;
    this.trail = [];
    this.target = el;
    this.show();
  }

  // The pointer entered another element: outlined, while the picker follows the pointer.
  over(e) {
    if (!this.follow || e.composedPath().includes(this.host)) return;
    const el = pickable(e.composedPath()[0]);
    if (!el || el === this.target) return;
    this.trail = [];
    this.target = el;
    this.show();
  }

  finish(confirmed) {
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('scroll', this.onMove, true);
    window.removeEventListener('resize', this.onMove);
    window.removeEventListener('mouseover', this.onOver, true);
    this.host.remove();
    this.done(confirmed ? { selector: this.selector, element: this.target } : null);
  }
}
