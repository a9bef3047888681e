// "Hide this" from the context menu, in the page: find the element the reader right-clicked,
// open the picker on it, store the rule for this site, and hide it at once.
//
// Which element was right-clicked: Firefox hands the menu click a targetElementId that
// menus.getTargetElement resolves in the page. Chromium has no such API; the loader notes
// the target of the last `contextmenu` event when it is already in the page (clearpress
// was used here before); otherwise the menu's link, image or selected text says roughly
// where, and the picker follows the pointer until a click or a key settles it.
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

// The right-clicked element as well as it can be known (see above): {node, exact}, exact
// when it is the very element (node null when nothing says where).
export function clickedElement({ targetElementId, srcUrl, linkUrl, selectionText } = {}) {
  const menus = menusApi();
  if (Number.isInteger(targetElementId) && menus?.getTargetElement) {
    const el = menus.getTargetElement(targetElementId);
    if (el) return { node: el, exact: true };
  }
  const noted = globalThis.clearpressContextTarget?.deref?.();
  if (noted?.isConnected) return { node: noted, exact: true };
  const found = byUrl('img', 'currentSrc', srcUrl) ?? byUrl('a[href]', 'href', linkUrl);
  if (found) return { node: found, exact: false };
  const sel = selectionText ? window.getSelection() : null;
  return { node: sel?.rangeCount ? sel.getRangeAt(0).commonAncestorContainer : null, exact: false };
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
    .then(({ pick }) => {
      const { node, exact } = clickedElement(message);
      return pick(node, exact);
    })
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
