// "Hide this" from the context menu, in the page: find the element the reader right-clicked,
// open the picker on it, store the rule for this site, and hide it at once.
//
// Which element was right-clicked: Firefox hands the menu click a targetElementId that
// menus.getTargetElement resolves in the page. Chromium has no such API; the loader notes
// the target of the last `contextmenu` event when it is already in the page (clearpress
// was used here before); otherwise the menu's link, image or selected text says where, and
// failing all of those the picker starts in the middle of the window and a click or the
// arrow keys choose.
import { addRule } from '../shared/rules.js';
import { pageHost } from './rules.js';

let open = false;

function menusApi() {
  return globalThis.browser?.menus ?? globalThis.browser?.contextMenus ?? null;
}

function byUrl(selector, attr, url) {
  if (!url) return null;
  return [...document.querySelectorAll(selector)].find((el) => el[attr] === url) ?? null;
}

// The right-clicked element as well as it can be known (see above), or null.
export function clickedElement({ targetElementId, srcUrl, linkUrl, selectionText } = {}) {
  const menus = menusApi();
  if (Number.isInteger(targetElementId) && menus?.getTargetElement) {
    const el = menus.getTargetElement(targetElementId);
    if (el) return el;
  }
  const noted = globalThis.clearpressContextTarget?.deref?.();
  if (noted?.isConnected) return noted;
  const found = byUrl('img', 'currentSrc', srcUrl) ?? byUrl('a[href]', 'href', linkUrl);
  if (found) return found;
  const sel = selectionText ? window.getSelection() : null;
  return sel?.rangeCount ? sel.getRangeAt(0).commonAncestorContainer : null;
}

/**
 * Opens the picker (once at a time) and returns at once; what the reader confirms is stored
 * as a rule of this site and hidden: by `run('hide-rule')` while a mode is on, else by
 * asking the background to turn declutter-only mode on (which applies the site's rules).
 */
export function pickCommand(message, session, run) {
  if (open) return { ok: true, on: !!session(), picking: true };
  const host = pageHost();
  if (!host) return { ok: false, on: !!session(), reason: 'error', message: chrome.i18n.getMessage('pickerNoHost') };
  open = true;
  import('./picker.js')
    .then(({ pick }) => pick(clickedElement(message)))
    .then(async (result) => {
      open = false;
      if (!result) return;
      await addRule(host, result.selector);
      if (session()) await run('hide-rule', { selector: result.selector });
      else await chrome.runtime.sendMessage({ type: 'picked' });
    })
    .catch((e) => {
      open = false;
      console.warn('clearpress: hide this:', e?.message ?? e);
    });
  return { ok: true, on: !!session(), picking: true };
}
