// The reader's own settings, kept in storage.sync so they follow the browser profile:
//   categories: which kinds of clutter are hidden (the core's ClutterKind names)
//   sites:      host → 'declutter' | 'reader', applied when a page of that host loads
//               (only where the user granted that host's permission at runtime)
//   reader:     the reader view's look: font, size, column width, line height, theme
//               (chosen in the reader's toolbar, extension/content/toolbar.js)
// Every read goes through `normalize`, so an imported or hand-edited file can never put
// anything else in.

export const KINDS = ['fundraising', 'comments', 'newsletter', 'video'];
/** What was hidden, by category, as the toast and the details page list it: [kind, message key]. */
export const HIDDEN_KINDS = [
  ['fundraising', 'kindFundraising'],
  ['comments', 'kindComments'],
  ['newsletter', 'kindNewsletter'],
  ['video', 'kindVideo'],
  ['rule', 'kindRule'],
];
export const SITE_MODES = ['declutter', 'reader'];
const KEY = 'settings';

/**
 * The reader view's settings and the steps each may take (the reader stylesheet has a rule
 * for every step): size in px, width of the text column in em, line height as a factor of
 * the size. The first theme, 'auto', follows the system's light or dark preference.
 */
export const READER_STEPS = {
  font: ['serif', 'sans'],
  size: [14, 16, 18, 20, 22, 24, 28, 32],
  width: [28, 32, 36, 40, 46],
  leading: [1.3, 1.45, 1.6, 1.8, 2],
  theme: ['auto', 'light', 'sepia', 'dark'],
};
export const READER_DEFAULTS = { font: 'serif', size: 20, width: 36, leading: 1.6, theme: 'auto' };

/** The reader settings in `raw`, each a known step (its default otherwise). */
export function normalizeReader(raw) {
  const out = {};
  for (const [name, steps] of Object.entries(READER_STEPS)) {
    const value = raw && typeof raw === 'object' ? raw[name] : undefined;
    out[name] = steps.includes(value) ? value : READER_DEFAULTS[name];
  }
  return out;
}

const VERSION = 1;

/** The settings with defaults filled in and anything unknown dropped. */
export function normalize(raw) {
  const source = raw && typeof raw === 'object' ? raw : {};
  const categories = {};
  for (const kind of KINDS) categories[kind] = source.categories?.[kind] !== false;
  const sites = {};
  for (const [host, mode] of Object.entries(source.sites ?? {})) {
    const h = hostOf(host);
    if (h && SITE_MODES.includes(mode)) sites[h] = mode;
  }
  return { version: VERSION, categories, sites, reader: normalizeReader(source.reader) };
}

/** A lower-cased host name, or null when `value` is not one (ports and paths are refused). */
export function hostOf(value) {
  const s = String(value ?? '').trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(s) || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return null;
  try {
    return new URL(`https://${s}/`).hostname === s ? s : null;
  } catch {
    return null;
  }
}

// The labels a site puts before its own name for the same pages: the "www." of the main
// edition, "m." and "mobile." of the mobile one, "amp." of its AMP copies.
export const SAME_SITE_LABELS = ['www', 'm', 'mobile', 'amp'];

/**
 * The site a host's pages belong to, as a reader thinks of it: `hostOf(value)` without the
 * leading labels of SAME_SITE_LABELS ("www.example.com", "m.example.com" → "example.com"),
 * so a rule picked on one edition applies on the others. Other subdomains stay apart
 * ("blog.example.com" is its own site), and a host is never cut down to one label.
 */
export function siteOf(value) {
  let h = hostOf(value);
  if (!h) return null;
  for (;;) {
    const dot = h.indexOf('.');
    const rest = h.slice(dot + 1);
    if (dot < 0 || !SAME_SITE_LABELS.includes(h.slice(0, dot)) || !rest.includes('.')) return h;
    h = rest;
  }
}

/** The permission pattern for one host, both schemes. */
export const originsOf = (host) => [`https://${host}/*`, `http://${host}/*`];

/** Calls `listener(settings)` whenever the stored settings change; returns the unsubscribe. */
export function onSettingsChanged(listener) {
  const heard = (changes, area) => {
    if (area === 'sync' && changes[KEY]) listener(normalize(changes[KEY].newValue));
  };
  chrome.storage.onChanged.addListener(heard);
  return () => chrome.storage.onChanged.removeListener(heard);
}

export async function load() {
  const got = await chrome.storage.sync.get(KEY);
  return normalize(got[KEY]);
}

export async function save(settings) {
  const clean = normalize(settings);
  await chrome.storage.sync.set({ [KEY]: clean });
  return clean;
}

/** Applies `change(settings)` to the stored settings and saves the result. */
export async function update(change) {
  const s = await load();
  change(s);
  return save(s);
}

/** The kinds the reader wants hidden. */
export function enabledKinds(settings) {
  return new Set(KINDS.filter((k) => settings.categories[k]));
}
