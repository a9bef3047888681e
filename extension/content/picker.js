// The element picker behind "Hide this": outlines an element, lets the reader widen the
// choice to its parent or narrow it back to a child, and resolves with a selector for it.
//
// Its UI lives in a closed shadow root on an element of our own, so the page's stylesheets
// cannot restyle it and the page's scripts cannot read it; the element carries the UI
// attribute the late-content watcher skips, and it is removed when the picker closes, so
// toggling clearpress off still finds the page as it was.
//
// Keyboard: ↑ or + wider, ↓ or − narrower, Enter hides, Escape cancels; Tab reaches the
// same buttons. Mouse: a click on the page picks what was clicked.
import { UI_ATTR } from '../wasm/dom.js';
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

// A selector is only of use for the document's own elements: an element inside a shadow
// tree is represented by its host.
function lightDomOf(node) {
  let el = node?.nodeType === 1 ? node : node?.parentElement;
  while (el && el.getRootNode() !== document) el = el.getRootNode().host ?? null;
  return el && el !== document.documentElement ? el : null;
}

/**
 * Opens the picker on `start` (an element, or null to start from the middle of the window).
 * Resolves with {selector, element} when the reader confirms, null when they cancel.
 */
export function pick(start) {
  return new Promise((resolve) => {
    const ui = new Picker(lightDomOf(start) ?? lightDomOf(document.elementFromPoint(innerWidth / 2, innerHeight / 2)) ?? document.body, resolve);
    ui.open();
  });
}

class Picker {
  constructor(target, done) {
    this.target = target;
    this.trail = []; // the children we widened from, to narrow back along the same path
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
  }

  open() {
    document.documentElement.append(this.host);
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('scroll', this.onMove, true);
    window.addEventListener('resize', this.onMove);
    this.show();
    this.hideButton.focus({ preventScroll: true });
  }

  show() {
    this.selector = selectorFor(this.target);
    this.selectorText.textContent = this.selector;
    const n = document.querySelectorAll(this.selector).length;
    this.count.textContent = t('pickerCount', n);
    this.draw();
  }

  draw() {
    const r = this.target.getBoundingClientRect();
    Object.assign(this.box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  }

  wider() {
    const parent = this.target.parentElement;
    if (!parent || parent === document.documentElement || parent === document.body) return;
    this.trail.push(this.target);
    this.target = parent;
    this.show();
  }

  narrower() {
    const child = this.trail.pop() ?? this.target.firstElementChild;
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
    e.preventDefault();
    e.stopPropagation();
    act();
  }

  click(e) {
    if (e.composedPath().includes(this.host)) return;
    // A click on the page picks what was clicked, and must not follow a link or submit.
    e.preventDefault();
    e.stopPropagation();
    const el = lightDomOf(e.target);
    if (!el || el === document.body) return;
    this.trail = [];
    this.target = el;
    this.show();
  }

  finish(confirmed) {
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('scroll', this.onMove, true);
    window.removeEventListener('resize', this.onMove);
    this.host.remove();
    this.done(confirmed ? { selector: this.selector, element: this.target } : null);
  }
}
