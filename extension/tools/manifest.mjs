// One manifest for both browsers: the base plus a small per-browser patch, merged here.
import { readFileSync } from 'node:fs';

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Lists a browser patch adds to rather than replaces (Firefox's "menus" permission, which
// Chrome does not know).
const JOINED = new Set(['permissions']);

/**
 * Merges `patch` into `base`: objects recursively, the lists in JOINED joined, anything else
 * (other arrays too) replaced.
 */
export function merge(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (JOINED.has(key) && Array.isArray(value) && Array.isArray(base[key])) out[key] = [...new Set([...base[key], ...value])];
    else out[key] = isObject(value) && isObject(base[key]) ? merge(base[key], value) : value;
  }
  return out;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The manifest for `browser`, versioned like the crate so there is one version number. */
export function manifestFor(extensionDir, browser, version) {
  const base = readJson(`${extensionDir}/manifest.base.json`);
  const patch = readJson(`${extensionDir}/browsers/${browser}.json`);
  return { ...merge(base, patch), version };
}
