// The settings as one JSON file (options page: export / import): the settings of
// shared/settings.js plus the rules of shared/rules.js.
//
// An import is checked whole before anything is stored, and stored all or nothing: a file
// that is not JSON, or JSON that is not clearpress settings (an object with none of their
// keys would otherwise reset everything to defaults), changes nothing.
import { load, normalize, save } from './settings.js';
import { allRules, normalizeRules, replaceAllRules } from './rules.js';

const KEYS = ['version', 'categories', 'sites', 'rules'];

/** Why a file was refused: `key` names the message (_locales), `detail` fills it in. */
export class BackupError extends Error {
  constructor(key, detail = '') {
    super(detail || key);
    this.key = key;
    this.detail = detail;
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Everything to export: {version, categories, sites, rules}. */
export async function exportAll() {
  return { ...(await load()), rules: await allRules() };
}

/** The settings and rules in an exported file's text; throws a BackupError otherwise. */
export function parseBackup(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BackupError('importBadJson', String(e?.message ?? e));
  }
  const looksRight =
    isObject(raw) &&
    KEYS.some((k) => k in raw) &&
    ['categories', 'sites', 'rules'].every((k) => raw[k] === undefined || isObject(raw[k]));
  if (!looksRight) throw new BackupError('importNotSettings');
  return { settings: normalize(raw), rules: normalizeRules(raw.rules) };
}

/** Stores a parsed backup in place of the current settings; on failure puts them back. */
export async function restore({ settings, rules }) {
  const before = await chrome.storage.sync.get(null);
  try {
    const saved = await save(settings);
    return { settings: saved, rules: await replaceAllRules(rules) };
  } catch (e) {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(before);
    throw e;
  }
}
