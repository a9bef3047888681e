// The reader's own rules: per site, CSS selectors of elements they chose to hide ("Hide
// this" in the context menu, or typed on the options page). A user's choice, not a page
// decision, so the extension applies them as they are; the core decides clutter.
//
// Each host's rules are one storage.sync item, `rules:<host>` → [selector, …]. One item per
// host rather than one for all, because storage.sync caps an item at 8 KB (QUOTA_BYTES_PER_ITEM)
// but allows 512 of them: a reader with many rules on many sites stays under both limits.
import { hostOf } from './settings.js';

const PREFIX = 'rules:';
/** Longest selector kept: generated ones are far shorter; a longer one is a pasted accident. */
export const SELECTOR_MAX = 250;
/** Most rules per site, so one site's item stays under storage.sync's 8 KB per item. */
export const RULES_PER_SITE_MAX = 30;

/**
 * Whether `selector` parses as a CSS selector list. Where no DOM is at hand (Chromium's
 * service worker) only the length is checked; every page that applies a rule parses it
 * again and skips one that fails.
 */
export function validSelector(selector) {
  if (typeof selector !== 'string') return false;
  const s = selector.trim();
  if (!s || s.length > SELECTOR_MAX) return false;
  const doc = globalThis.document;
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

/** One host's rules, cleaned: trimmed, valid, no duplicates, at most RULES_PER_SITE_MAX. */
export function cleanList(list) {
  const out = [];
  for (const s of Array.isArray(list) ? list : []) {
    const t = typeof s === 'string' ? s.trim() : '';
    if (validSelector(t) && !out.includes(t)) out.push(t);
  }
  return out.slice(0, RULES_PER_SITE_MAX);
}

/** host → rules, from any object; hosts that are not host names and empty lists dropped. */
export function normalizeRules(raw) {
  const out = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [host, list] of Object.entries(raw)) {
    const h = hostOf(host);
    const clean = h ? cleanList(list) : [];
    if (clean.length) out[h] = clean;
  }
  return out;
}

/** The rules for `host` (an empty list when there are none). */
export async function rulesFor(host) {
  const key = PREFIX + host;
  return cleanList((await chrome.storage.sync.get(key))[key]);
}

/** Every host's rules, host → [selector, …]. */
export async function allRules() {
  const all = await chrome.storage.sync.get(null);
  const raw = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(PREFIX)) raw[key.slice(PREFIX.length)] = value;
  return normalizeRules(raw);
}

/** Stores `list` as the rules of `host` (removes the item when nothing is left). */
export async function setRules(host, list) {
  const clean = cleanList(list);
  const key = PREFIX + host;
  if (clean.length) await chrome.storage.sync.set({ [key]: clean });
  else await chrome.storage.sync.remove(key);
  return clean;
}

/** Adds `selector` to the rules of `host`; throws when it is not a selector or the site is full. */
export async function addRule(host, selector) {
  const list = await rulesFor(host);
  const s = String(selector).trim();
  if (!validSelector(s)) throw new Error('not a CSS selector');
  if (list.includes(s)) return list;
  if (list.length >= RULES_PER_SITE_MAX) throw new Error('too many rules for this site');
  return setRules(host, [...list, s]);
}

/** Replaces every host's rules with `rules` (an import): hosts not in it lose theirs. */
export async function replaceAllRules(rules) {
  const clean = normalizeRules(rules);
  const old = Object.keys(await allRules()).filter((h) => !(h in clean));
  if (old.length) await chrome.storage.sync.remove(old.map((h) => PREFIX + h));
  const items = Object.fromEntries(Object.entries(clean).map(([h, list]) => [PREFIX + h, list]));
  if (Object.keys(items).length) await chrome.storage.sync.set(items);
  return clean;
}
