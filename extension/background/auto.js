// Per-site auto mode. For each host the reader set to "always declutter" or "always reader"
// AND whose permission they granted at runtime (optional_host_permissions), a small content
// script is registered; it asks for the mode once a page of that host has loaded. Nothing is
// registered for any other site: no script runs on a page before the user acts there.
import { load, originsOf } from '../shared/settings.js';

const ID = 'clearpress-auto';

async function granted(host) {
  return chrome.permissions.contains({ origins: originsOf(host) }).catch(() => false);
}

/** Brings the registered auto script in line with the settings and the granted hosts. */
export async function syncAuto() {
  const { sites } = await load();
  const hosts = [];
  for (const host of Object.keys(sites)) if (await granted(host)) hosts.push(host);
  const old = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] }).catch(() => []);
  if (old.length) await chrome.scripting.unregisterContentScripts({ ids: [ID] });
  if (hosts.length === 0) return;
  await chrome.scripting.registerContentScripts([
    { id: ID, matches: hosts.flatMap(originsOf), js: ['content/auto.js'], runAt: 'document_idle' },
  ]);
}

/** The mode the settings ask for on `url`, or null. */
export async function autoMode(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const mode = (await load()).sites[host];
  return mode && (await granted(host)) ? mode : null;
}
