// Why a tab could not be scripted, in words for the popup. The browsers' error messages are
// not an API, so the URL (readable once activeTab is granted) is checked first.

const SCRIPTABLE = /^(https?|file):/i;

/** A failure result for the popup, from the tab's URL (if known) and the error. */
export function explain(url, error) {
  const message = String(error?.message ?? error);
  if (url && !SCRIPTABLE.test(url)) return { ok: false, on: false, reason: 'browser-page', message };
  // Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted.";
  // Firefox: "Missing host permission for the tab" on about: and store pages.
  if (/cannot be scripted|cannot access a|chrome:|about:|gallery|webstore/i.test(message)) {
    return { ok: false, on: false, reason: 'browser-page', message };
  }
  if (/permission|cannot access contents/i.test(message)) {
    return { ok: false, on: false, reason: 'no-access', message };
  }
  if (/error page/i.test(message)) return { ok: false, on: false, reason: 'error-page', message };
  return { ok: false, on: false, reason: 'error', message };
}
