// One manifest for both browsers: the base plus a small per-browser patch, merged here.
import { readFileSync } from 'node:fs';

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Merges `patch` into `base`: objects recursively, anything else (arrays too) replaced. */
export function merge(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isObject(value) && isObject(base[key]) ? merge(base[key], value) : value;
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
