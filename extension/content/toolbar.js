// The reader view's own toolbar: font, size, column width, line height, theme, the reading
// time and the way back to the original page.
//
// Isolation: the toolbar lives in an open shadow root on an element clearpress owns, so the
// page's selectors cannot reach its insides; the host is placed and reset (`all: initial`)
// by extension/toolbar.css, a user-origin sheet the background inserts with reader.css, so
// the page's own !important rules lose and its CSP has no say; the inside is styled by a
// constructed sheet in the shadow root (`LOOK`), which no CSP governs either.
//
// The settings are attributes of the root element (data-clearpress-size="20", …) that
// reader.css turns into the column's custom properties; they are put back as they were
// when the toolbar goes, and follow storage.sync, so a change here (or in another tab)
// applies at once and on the next page.
import { READER_DEFAULTS, READER_STEPS, load, normalizeReader, onSettingsChanged, update } from '../shared/settings.js';

const TAG = 'clearpress-toolbar';
const UI_ATTR = 'data-clearpress-ui';
const ATTR = {
  font: 'data-clearpress-font',
  size: 'data-clearpress-size',
  width: 'data-clearpress-width',
  leading: 'data-clearpress-leading',
  theme: 'data-clearpress-theme',
};

const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));

// Buttons that step a numeric setting: [setting, direction, label key, text].
const STEPPERS = [
  ['size', -1, 'toolbarSizeSmaller', 'A\u2212'],
  ['size', 1, 'toolbarSizeLarger', 'A+'],
  ['width', -1, 'toolbarWidthNarrower', '\u21e5\u21e4'],
  ['width', 1, 'toolbarWidthWider', '\u21e4\u21e5'],
  ['leading', -1, 'toolbarLeadingTighter', '\u2261\u2212'],
  ['leading', 1, 'toolbarLeadingLooser', '\u2261+'],
];
const CHOICES = {
  font: { label: 'toolbarFont', names: { serif: 'toolbarFontSerif', sans: 'toolbarFontSans' } },
  theme: {
    label: 'toolbarTheme',
    names: { auto: 'toolbarThemeAuto', light: 'toolbarThemeLight', sepia: 'toolbarThemeSepia', dark: 'toolbarThemeDark' },
  },
};

// The bar's own look, inside its shadow root (the page's selectors cannot reach it; colours
// come from the reader stylesheet's custom properties, which inherit through the host). A
// constructed sheet, so no page CSP on inline styles applies.
const LOOK = `
[part~="bar"] { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 6px 16px; padding: 6px 12px; }
[part~="group"] { display: inline-flex; gap: 3px; }
[part~="button"] { font: inherit; color: inherit; background: transparent; border: 1px solid var(--cp-rule); border-radius: 4px; min-width: 2.2em; margin: 0; padding: 3px 8px; cursor: pointer; }
[part~="button"]:hover { border-color: var(--cp-muted); }
[part~="button"]:focus-visible, [part~="link"]:focus-visible { outline: 2px solid var(--cp-link); outline-offset: 2px; }
[part~="button"]:disabled { opacity: 0.4; cursor: default; }
[part~="pressed"] { color: var(--cp-paper); background: var(--cp-ink); border-color: var(--cp-ink); }
[part~="time"] { color: var(--cp-muted); }
[part~="link"] { color: var(--cp-link); text-decoration: underline; }
`;

function adoptLook(shadow) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LOOK);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Left to toolbar.css's ::part() rules.
  }
}

function el(doc, name, attrs = {}, text = '') {
  const e = doc.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

function group(doc, labelKey) {
  return el(doc, 'div', { part: 'group', role: 'group', 'aria-label': t(labelKey) });
}

// The step after `value` in direction `dir`, or null at either end.
function stepped(name, value, dir) {
  const steps = READER_STEPS[name];
  const next = steps[steps.indexOf(value) + dir];
  return next === undefined ? null : next;
}

// "4 min read" and what it is based on.
function readingLine(doc, reading) {
  if (!reading) return null;
  const line = el(doc, 'span', { part: 'time', 'data-cp': 'reading-time' }, t('toolbarReadingTime', reading.minutes));
  line.title = t('toolbarReadingTimeBasis', reading.words, reading.words_per_minute);
  return line;
}

function originalLink(doc, url, onOriginal) {
  const link = el(doc, 'a', { part: 'link', href: url, 'data-cp': 'original' }, t('toolbarOriginal'));
  link.title = t('toolbarOriginalTitle', url);
  link.addEventListener('click', (e) => {
    // A plain click leaves reader mode in place; a modified or middle click opens the
    // original address the way the reader asked (new tab, new window).
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOriginal();
  });
  return link;
}

/**
 * Shows the toolbar and applies the stored reader settings to the page. `reading` is the
 * plan's reading time (or null), `onOriginal()` leaves reader mode. Returns {remove()},
 * which takes the toolbar and every attribute it set away again.
 */
export async function showToolbar({ reading, onOriginal }) {
  const doc = document;
  const root = doc.documentElement;
  const before = Object.values(ATTR).map((name) => [name, root.getAttribute(name)]);
  let current = { ...READER_DEFAULTS };
  try {
    current = (await load()).reader;
  } catch {
    // Storage unavailable: the defaults still give a readable page.
  }

  const host = el(doc, TAG, { [UI_ATTR]: 'toolbar' });
  const shadow = host.attachShadow({ mode: 'open' });
  adoptLook(shadow);
  const bar = el(doc, 'div', { part: 'bar', role: 'toolbar', 'aria-label': t('toolbarLabel') });
  shadow.append(bar);
  const buttons = [];

  const show = (settings) => {
    current = normalizeReader(settings);
    for (const [name, attr] of Object.entries(ATTR)) root.setAttribute(attr, String(current[name]));
    for (const b of buttons) b.refresh();
  };
  // Our own writes come back through storage.onChanged, possibly after a newer choice was
  // shown: they are recognised and skipped, so quick clicks never step back.
  const echoes = new Set();
  const choose = (name, value) => {
    if (value === null || value === current[name]) return;
    show({ ...current, [name]: value });
    const chosen = { ...current };
    echoes.add(JSON.stringify(chosen));
    writes = writes.then(() => update((s) => (s.reader = chosen))).catch(() => {});
  };
  let writes = Promise.resolve();

  for (const [name, { label, names }] of Object.entries(CHOICES)) {
    const box = group(doc, label);
    for (const value of READER_STEPS[name]) {
      const b = el(doc, 'button', { type: 'button', part: 'button', 'data-cp': `${name}-${value}` }, t(names[value]));
      b.addEventListener('click', () => choose(name, value));
      b.refresh = () => {
        const on = current[name] === value;
        b.setAttribute('aria-pressed', String(on));
        b.setAttribute('part', on ? 'button pressed' : 'button');
      };
      buttons.push(b);
      box.append(b);
    }
    bar.append(box);
  }
  const steppers = group(doc, 'toolbarLayout');
  for (const [name, dir, key, text] of STEPPERS) {
    const b = el(doc, 'button', { type: 'button', part: 'button', 'data-cp': `${name}-${dir < 0 ? 'down' : 'up'}` }, text);
    b.setAttribute('aria-label', t(key));
    b.title = t(key);
    b.addEventListener('click', () => choose(name, stepped(name, current[name], dir)));
    b.refresh = () => {
      b.disabled = stepped(name, current[name], dir) === null;
    };
    buttons.push(b);
    steppers.append(b);
  }
  bar.append(steppers);
  const time = readingLine(doc, reading);
  if (time) bar.append(time);
  bar.append(originalLink(doc, location.href, onOriginal));

  show(current);
  root.insertBefore(host, doc.body && doc.body.parentNode === root ? doc.body : null);
  const unsubscribe = onSettingsChanged((s) => {
    const key = JSON.stringify(s.reader);
    if (echoes.delete(key)) return;
    show(s.reader);
  });

  return {
    /** How much of the top of the window the bar covers (px). */
    height: () => host.getBoundingClientRect().height,
    remove() {
      unsubscribe();
      host.remove();
      for (const [name, value] of before) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    },
  };
}
