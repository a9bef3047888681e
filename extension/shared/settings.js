// The reader's own settings, kept in storage.sync so they follow the browser profile:
//   categories: which kinds of clutter are hidden (the core's ClutterKind names)
//   sites:      host → 'declutter' | 'reader', applied when a page of that host loads
//               (only where the user granted that host's permission at runtime)
// Every read goes through `normalize`, so an imported or hand-edited file can never put
// anything else in.

export const KINDS = ['fundraising', 'comments'];
export const SITE_MODES = ['declutter', 'reader'];
const KEY = 'settings';
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
  return { version: VERSION, categories, sites };
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

/** The permission pattern for one host, both schemes. */
export const originsOf = (host) => [`https://${host}/*`, `http://${host}/*`];

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
