// The reader's own rules: per site, CSS selectors of elements they chose to hide ("Hide
// this" in the context menu, or typed on the options page). A user's choice, not a page
// decision, so the extension applies them as they are; the core decides clutter.
//
// Each site's rules are one storage.sync item, `rules:<site>` → [selector, …], the site being
// the host without its "www."/"m." edition label (settings.js siteOf), so a rule picked on
// www.example.com also hides its element on m.example.com. Items stored under a full host
// name (by an earlier version) are still read for that site, and moved under the site's
// item when its rules change or every rule is read (the options page, an export). One item per site rather
// than one for all, because storage.sync caps an item at 8 KB (QUOTA_BYTES_PER_ITEM)
// but allows 512 of them: a reader with many rules on many sites stays under both limits.
import { hostOf, SAME_SITE_LABELS, siteOf } from './settings.js';

const PREFIX = 'rules:';
/** Longest selector kept: generated ones are far shorter; a longer one is a pasted accident. */
export const SELECTOR_MAX = 250;
/** Most rules per site, so one site's item stays under storage.sync's 8 KB per item. */
export const RULES_PER_SITE_MAX = 30;

/**
 * A rule's step into an open shadow root: `host >>> inner` is what `inner` matches in the
 * shadow tree of each element `host` matches (the combinator early drafts of CSS Scoping
 * had; selectors themselves cannot cross into a shadow tree). Closed shadow roots stay out
 * of reach, as they are meant to.
 */
export const SHADOW_STEP = ' >>> ';
const STEP = /\s*>>>\s*/;

/**
 * Whether `selector` parses as a CSS selector list (each step, for a rule into shadow
 * roots). Where no DOM is at hand (Chromium's service worker) only the length is checked;
 * every page that applies a rule parses it again and skips one that fails.
 */
export function validSelector(selector) {
  if (typeof selector !== 'string') return false;
  const s = selector.trim();
  if (!s || s.length > SELECTOR_MAX) return false;
  const doc = globalThis.document;
  const steps = s.split(STEP);
  if (steps.some((step) => !step)) return false;
  if (!doc) return true;
  try {
    const scratch = doc.createDocumentFragment();
    for (const step of steps) scratch.querySelector(step);
    return true;
  } catch {
    return false;
  }
}

/**
 * The elements `selector` (a rule, perhaps with shadow steps) matches under `root` (a
 * document or a shadow root), in document order per step; null when it does not parse.
 */
export function queryRule(root, selector) {
  const steps = selector.trim().split(STEP);
  let scopes = [root];
  try {
    for (const [i, step] of steps.entries()) {
      const found = scopes.flatMap((scope) => [...scope.querySelectorAll(step)]);
      scopes = i === steps.length - 1 ? found : found.map((el) => el.shadowRoot).filter(Boolean);
    }
  } catch {
    return null;
  }
  return scopes;
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

/**
 * site → rules, from any object: hosts named by their site (siteOf), the lists of hosts of
 * one site merged; what is not a host name and empty lists dropped.
 */
export function normalizeRules(raw) {
  const merged = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return merged;
  for (const [host, list] of Object.entries(raw)) {
    const site = siteOf(host);
    if (site && Array.isArray(list)) (merged[site] ??= []).push(...list);
  }
  const out = {};
  for (const [site, list] of Object.entries(merged)) {
    const clean = cleanList(list);
    if (clean.length) out[site] = clean;
  }
  return out;
}

// The storage keys a host's rules may be under: its site's first, then those of the site's
// editions and of the host's own full name (items an earlier version stored).
function keysOf(host) {
  const site = siteOf(host);
  if (!site) return [];
  const names = [site, ...SAME_SITE_LABELS.map((label) => `${label}.${site}`), hostOf(host)];
  return [...new Set(names)].map((name) => PREFIX + name);
}

/** The rules for `host`'s site (an empty list when there are none). */
export async function rulesFor(host) {
  const keys = keysOf(host);
  if (!keys.length) return [];
  const got = await chrome.storage.sync.get(keys);
  return cleanList(keys.flatMap((k) => (Array.isArray(got[k]) ? got[k] : [])));
}

/** Every site's rules, site → [selector, …]; items under a full host name move to the site's. */
export async function allRules() {
  const all = await chrome.storage.sync.get(null);
  const raw = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(PREFIX)) raw[key.slice(PREFIX.length)] = value;
  const rules = normalizeRules(raw);
  const stale = Object.keys(raw).filter((h) => !(h in rules));
  if (stale.length) {
    await chrome.storage.sync.set(Object.fromEntries(Object.entries(rules).map(([site, list]) => [PREFIX + site, list])));
    await chrome.storage.sync.remove(stale.map((h) => PREFIX + h));
  }
  return rules;
}

/** Stores `list` as the rules of `host`'s site (removes the item when nothing is left). */
export async function setRules(host, list) {
  const clean = cleanList(list);
  const [key, ...older] = keysOf(host);
  if (!key) return [];
  if (clean.length) await chrome.storage.sync.set({ [key]: clean });
  else await chrome.storage.sync.remove(key);
  // The editions' items were read into `list` by rulesFor: they live on under the site's.
  const present = Object.keys(await chrome.storage.sync.get(older));
  if (present.length) await chrome.storage.sync.remove(present);
  return clean;
}

/** Adds `selector` to the rules of `host`'s site; throws when it is not a selector or the site is full. */
export async function addRule(host, selector) {
  const list = await rulesFor(host);
  const s = String(selector).trim();
  if (!validSelector(s)) throw new Error('not a CSS selector');
  if (list.includes(s)) return list;
  if (list.length >= RULES_PER_SITE_MAX) throw new Error('too many rules for this site');
  return setRules(host, [...list, s]);
}

/** Replaces every site's rules with `rules` (an import): sites not in it lose theirs. */
export async function replaceAllRules(rules) {
  const clean = normalizeRules(rules);
  const old = Object.keys(await allRules()).filter((h) => !(h in clean));
  if (old.length) await chrome.storage.sync.remove(old.map((h) => PREFIX + h));
  const items = Object.fromEntries(Object.entries(clean).map(([h, list]) => [PREFIX + h, list]));
  if (Object.keys(items).length) await chrome.storage.sync.set(items);
  return clean;
}
