// Pinned quotes, kept per page in storage.local (this browser only: they are the reader's
// notes on pages they read, not settings to sync). A pin is the quote's text and speaker, not
// its id, so it finds its quote again after the page or the core changes the numbering.

const PREFIX = 'pins:';
// A pin list longer than any article's quotes is not ours: read no more of it.
const MAX_PINS = 1000;

/** The storage key of a page: its URL without the fragment. */
export function pageKey(url) {
  return PREFIX + String(url).split('#')[0];
}

const same = (pin, q) => pin.text === q.text && (pin.speaker ?? null) === (q.speaker ?? null);

/** The ids of the plan's listed quotes that are pinned on `url`. */
export async function loadPins(url, plan) {
  const key = pageKey(url);
  let saved;
  try {
    saved = (await chrome.storage.local.get(key))[key];
  } catch {
    return new Set();
  }
  const pins = Array.isArray(saved) ? saved.slice(0, MAX_PINS).filter((p) => typeof p?.text === 'string') : [];
  const listed = plan.speakers.flatMap((s) => s.quotes).map((id) => plan.quotes[id]).filter(Boolean);
  return new Set(listed.filter((q) => pins.some((p) => same(p, q))).map((q) => q.id));
}

/** Stores the pinned ids of `plan` for `url` (none: the key is removed). */
export async function savePins(url, plan, ids) {
  const key = pageKey(url);
  const pins = [...ids].sort((a, b) => a - b).map((id) => ({ text: plan.quotes[id].text, speaker: plan.quotes[id].speaker ?? null }));
  if (pins.length) await chrome.storage.local.set({ [key]: pins });
  else await chrome.storage.local.remove(key);
}
