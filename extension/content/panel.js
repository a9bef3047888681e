// The quote panel: the page's quotes grouped by speaker, in the page but in a shadow root
// on an element of our own (data-clearpress-ui, so the walk and the late-content watch skip
// it), so the page's CSS cannot reach in and ours cannot leak out. What is listed, in which
// groups and with which link is the core's plan (`speakers`, `speaker_index`, `link`); this
// file is the UI: legend and filter, navigation (click, n / p), copy, export and pins.
import * as dom from '../wasm/dom.js';
import { pageJson, pageMarkdown, pageOf, quoteHtml, quoteMarkdown } from './cite.js';
import { loadPins, savePins } from './pins.js';

const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));

/** Tag of the panel's host element. */
export const PANEL_TAG = 'clearpress-panel';

// How long a quote flashes after a jump, in ms (reader.css's animation is as long).
const FLASH_MS = 1600;
// Quotes longer than this are cut in the list (the page shows them whole).
const LIST_CHARS = 240;
const LIST_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

let cssText = null;

// The stylesheet as a constructed sheet: CSSOM, so a page whose CSP forbids inline styles
// cannot block it. A <style> element only where constructed sheets cannot be adopted.
async function style(shadow) {
  cssText ??= fetch(chrome.runtime.getURL('content/panel.css')).then((r) => r.text());
  const text = await cssText;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // A content script whose sheet the page's shadow root will not adopt.
  }
  const el = document.createElement('style');
  el.textContent = text;
  shadow.append(el);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

const clip = (s) => (s.length > LIST_CHARS ? `${s.slice(0, LIST_CHARS).trimEnd()}…` : s);
const isEditable = (n) => n?.nodeType === 1 && (n.isContentEditable || /^(input|textarea|select)$/i.test(n.localName));
const button = (attrs, ...children) => el('button', { type: 'button', ...attrs }, ...children);
const colour = (i) => `sp-${i % dom.SPEAKER_COLOURS}`;
const swatch = () => el('span', { class: 'swatch', 'aria-hidden': 'true' });

function quoteItem(q, pinned) {
  return el(
    'li',
    { class: `quote ${colour(q.speaker_index)}`, 'data-q': q.id },
    button({ class: 'go', 'data-kind': q.kind }, clip(q.text.replace(/\s+/g, ' ').trim())),
    el(
      'span',
      { class: 'actions' },
      button({ class: 'copy', 'data-copy': q.id, title: t('panelCopyHint') }, t('panelCopy')),
      button({ class: 'pin', 'data-pin': q.id, 'aria-pressed': String(pinned.has(q.id)), title: t('panelPinHint') }, t('panelPin')),
    ),
  );
}

// The panel's elements: a launcher button, and the complementary region with the legend
// (toggle buttons), the groups (a heading and a list each) and the footer.
function render(plan, pinned, name, count) {
  const launcher = button({ class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'cp-panel' }, t('panelOpen', count));
  const close = button({ class: 'close', 'aria-label': t('panelClose'), title: t('panelClose') }, '×');
  const legend = el('div', { class: 'legend', role: 'group', 'aria-label': t('panelSpeakers') });
  const groups = el('div', { class: 'groups' });
  plan.speakers.forEach((s, i) => {
    legend.append(button({ class: `speaker ${colour(i)}`, 'data-speaker': i, 'aria-pressed': 'false' }, swatch(), `${name(i)} (${s.quotes.length})`));
    const heading = el('h3', { id: `cp-g${i}`, class: colour(i) }, swatch(), name(i));
    const list = el('ul', {}, ...s.quotes.map((id) => quoteItem(plan.quotes[id], pinned)));
    groups.append(el('section', { class: 'group', 'data-speaker': i, 'aria-labelledby': `cp-g${i}` }, heading, list));
  });
  const exports = el(
    'div',
    { class: 'exports' },
    button({ 'data-export': 'md' }, t('panelExportMarkdown')),
    button({ 'data-export': 'json' }, t('panelExportJson')),
  );
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const aside = el(
    'aside',
    { id: 'cp-panel', role: 'complementary', 'aria-labelledby': 'cp-title', hidden: '', lang: chrome.i18n.getUILanguage() },
    el('header', {}, el('h2', { id: 'cp-title' }, t('panelTitle')), close),
    legend,
    groups,
    el('footer', {}, exports, el('p', { class: 'keys' }, t('panelKeys')), status),
  );
  return { launcher, close, legend, groups, status, aside };
}

/**
 * Builds the panel for a reader-mode plan and restores the page's pinned quotes. Resolves
 * to null when the plan lists no quote.
 */
export async function createPanel(plan, url = location.href) {
  const order = plan.speakers.flatMap((s) => s.quotes).sort((a, b) => a - b);
  if (order.length === 0) return null;
  const pinned = await loadPins(url, plan);
  const panel = new QuotePanel(plan, url, order, pinned);
  try {
    await style(panel.shadow);
  } catch (e) {
    panel.destroy();
    throw e;
  }
  document.documentElement.append(panel.host);
  return panel;
}

class QuotePanel {
  constructor(plan, url, order, pinned) {
    this.plan = plan;
    this.url = url;
    this.order = order; // listed quote ids in document order (ids are plan.quotes indices)
    this.pinned = pinned;
    this.page = pageOf(plan.reader, url);
    this.current = null;
    this.filter = null;
    this.returnFocus = null;
    this.timers = new Set();
    this.name = (i) => plan.speakers[i].name ?? t('panelUnattributed');
    this.host = el(PANEL_TAG, { [dom.UI_ATTR]: 'panel' });
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.ui = render(plan, pinned, this.name, order.length);
    this.shadow.append(this.ui.launcher, this.ui.aside);
    for (const id of pinned) this.markPinned(id, true);
    this.onKey = (e) => this.key(e);
    this.ui.launcher.addEventListener('click', () => this.open());
    this.ui.close.addEventListener('click', () => this.close());
    this.ui.aside.addEventListener('click', (e) => this.click(e));
    this.ui.aside.addEventListener('keydown', (e) => this.listKey(e));
    window.addEventListener('keydown', this.onKey);
  }

  say(message) {
    this.ui.status.textContent = message;
  }

  item(id) {
    return this.shadow.querySelector(`li.quote[data-q="${id}"]`);
  }

  // The quotes n / p go through: all listed ones, or the legend's chosen speaker's.
  shown() {
    return this.filter === null ? this.order : this.order.filter((id) => this.plan.quotes[id].speaker_index === this.filter);
  }

  later(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  flash(id) {
    dom.markQuote(document, id, 'data-flash', false);
    // A frame without the mark, so the animation starts again on a second jump.
    requestAnimationFrame(() => {
      dom.markQuote(document, id, 'data-flash', true);
      this.later(FLASH_MS, () => dom.markQuote(document, id, 'data-flash', false));
    });
  }

  go(id) {
    const pieces = dom.quotePieces(document, id);
    if (pieces.length === 0) return;
    this.current = id;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    pieces[0].scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
    this.flash(id);
    for (const li of this.shadow.querySelectorAll('li.quote[aria-current]')) li.removeAttribute('aria-current');
    const li = this.item(id);
    li?.setAttribute('aria-current', 'true');
    if (!this.ui.aside.hidden) li?.scrollIntoView({ block: 'nearest' });
    const list = this.shown();
    this.say(t('panelAt', list.indexOf(id) + 1, list.length, this.plan.quotes[id].speaker ?? t('panelUnattributed')));
  }

  // The next (dir 1) or previous (-1) quote from the current one, or from the reader's place
  // on the page before any jump; past the last it starts over.
  step(dir) {
    const list = this.shown();
    if (list.length === 0) return;
    const at = list.indexOf(this.current);
    if (at >= 0) {
      this.go(list[(at + dir + list.length) % list.length]);
      return;
    }
    const tops = list.map((id) => dom.quotePieces(document, id)[0]?.getBoundingClientRect().top ?? 0);
    const from = dir > 0 ? tops.findIndex((top) => top > 1) : tops.findLastIndex((top) => top < -1);
    this.go(list[from >= 0 ? from : dir > 0 ? 0 : list.length - 1]);
  }

  setFilter(i) {
    this.filter = this.filter === i ? null : i;
    for (const b of this.ui.legend.querySelectorAll('button.speaker')) {
      b.setAttribute('aria-pressed', String(Number(b.dataset.speaker) === this.filter));
    }
    for (const g of this.ui.groups.querySelectorAll('section.group')) {
      g.hidden = this.filter !== null && Number(g.dataset.speaker) !== this.filter;
    }
    // The page follows the legend: while one speaker is chosen, the others' highlights step
    // back (reader.css), so what is coloured on the page is what the panel lists.
    for (const id of this.order) {
      const other = this.filter !== null && this.plan.quotes[id].speaker_index !== this.filter;
      dom.markQuote(document, id, 'data-muted', other);
    }
    this.say(this.filter === null ? t('panelFilterOff') : t('panelFilterOn', this.name(this.filter)));
  }

  async copy(id) {
    const q = this.plan.quotes[id];
    try {
      await writeClipboard(quoteMarkdown(q, this.page), quoteHtml(q, this.page));
      this.say(t('panelCopied'));
    } catch (e) {
      this.say(t('panelCopyFailed', String(e?.message ?? e)));
    }
  }

  exportAll(kind) {
    const slug = (this.page.title || 'quotes').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'quotes';
    const [text, type] =
      kind === 'json'
        ? [pageJson(this.plan, this.page, this.pinned), 'application/json']
        : [pageMarkdown(this.plan, this.page, this.name), 'text/markdown'];
    const href = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href, download: `${slug}-quotes.${kind}` });
    this.shadow.append(a);
    a.click();
    a.remove();
    this.later(60000, () => URL.revokeObjectURL(href));
    this.say(t('panelExported'));
  }

  markPinned(id, on) {
    dom.markQuote(document, id, 'data-pinned', on);
    dom.markQuote(document, id, 'data-on', on);
  }

  async togglePin(id, pin) {
    const on = !this.pinned.has(id);
    if (on) this.pinned.add(id);
    else this.pinned.delete(id);
    pin.setAttribute('aria-pressed', String(on));
    this.markPinned(id, on);
    try {
      await savePins(this.url, this.plan, this.pinned);
      this.say(t(on ? 'panelPinned' : 'panelUnpinned'));
    } catch (e) {
      this.say(t('panelPinFailed', String(e?.message ?? e)));
    }
  }

  open() {
    const { aside, launcher } = this.ui;
    if (!aside.hidden) return;
    this.returnFocus = document.activeElement;
    aside.hidden = false;
    launcher.hidden = true;
    // reader.css moves the reading column aside while the panel is open, on wide windows.
    this.host.setAttribute('data-open', '');
    launcher.setAttribute('aria-expanded', 'true');
    const target = (this.current !== null && this.item(this.current)) || this.shadow.querySelector('section.group:not([hidden]) li.quote');
    target?.querySelector('button.go')?.focus({ preventScroll: true });
  }

  close() {
    const { aside, launcher } = this.ui;
    if (aside.hidden) return;
    const inside = this.shadow.activeElement !== null;
    aside.hidden = true;
    this.host.removeAttribute('data-open');
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    if (!inside) return;
    const back = this.returnFocus;
    if (back?.isConnected && back !== document.body) back.focus({ preventScroll: true });
    else launcher.focus({ preventScroll: true });
  }

  toggle() {
    if (this.ui.aside.hidden) this.open();
    else this.close();
  }

  click(e) {
    const b = e.target.closest?.('button');
    if (!b) return;
    if (b.matches('button.go')) this.go(Number(b.closest('li').dataset.q));
    else if (b.dataset.copy !== undefined) this.copy(Number(b.dataset.copy));
    else if (b.dataset.pin !== undefined) this.togglePin(Number(b.dataset.pin), b);
    else if (b.dataset.speaker !== undefined) this.setFilter(Number(b.dataset.speaker));
    else if (b.dataset.export) this.exportAll(b.dataset.export);
  }

  // Inside the panel: Escape closes it; Up / Down / Home / End move between the quotes.
  listKey(e) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
      return;
    }
    if (!LIST_KEYS.includes(e.key) || !e.target.closest?.('ul')) return;
    e.preventDefault();
    const buttons = [...this.shadow.querySelectorAll('section.group:not([hidden]) button.go')];
    const at = buttons.indexOf(this.shadow.activeElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  }

  // Anywhere on the page: n / p jump, Escape closes the panel; not while the reader types.
  key(e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (isEditable(e.composedPath?.()[0] ?? e.target)) return;
    if (e.key === 'Escape' && !this.ui.aside.hidden) {
      this.close();
    } else if (e.key === 'n' || e.key === 'p') {
      e.preventDefault();
      this.step(e.key === 'n' ? 1 : -1);
    }
  }

  destroy() {
    window.removeEventListener('keydown', this.onKey);
    for (const id of this.order) dom.markQuote(document, id, 'data-muted', false);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.host.remove();
  }
}

// Markdown as text/plain (Markdown reads as plain text) and the same as text/html for
// rich-text editors; browsers accept no text/markdown in ClipboardItem, so Chromium gets it
// as a web custom format too. Where the async clipboard is refused, a copy event carries it.
async function writeClipboard(md, html) {
  try {
    if (typeof ClipboardItem !== 'function') throw new Error('no ClipboardItem');
    const items = { 'text/plain': new Blob([md], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) };
    if (ClipboardItem.supports?.('web text/markdown')) items['web text/markdown'] = new Blob([md], { type: 'web text/markdown' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  } catch {
    const put = (e) => {
      e.clipboardData.setData('text/plain', md);
      e.clipboardData.setData('text/html', html);
      e.preventDefault();
    };
    document.addEventListener('copy', put, { once: true, capture: true });
    const ok = document.execCommand('copy');
    document.removeEventListener('copy', put, { capture: true });
    if (!ok) throw new Error('the browser refused the clipboard');
  }
}
