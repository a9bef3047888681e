// "Hide this" in the page's context menu (contextMenus; Firefox also names it menus). The
// click grants activeTab like the toolbar button, so the content script can be injected
// into this one tab; the picker then runs in the page (content/hide-this.js).
import { inject } from './reader.js';

const MENU = 'clearpress-hide-this';
// Everything on a page, not the toolbar button's own menu ('all' would include it).
const CONTEXTS = ['page', 'frame', 'selection', 'link', 'editable', 'image', 'video', 'audio'];

/**
 * (Re)creates the menu entry in the browser's language; menus persist, so once per install.
 * Resolves once the old entries are gone and this one is asked for, so other entries can follow.
 */
export function createMenu() {
  return new Promise((resolve) => {
    chrome.contextMenus.removeAll(() => {
      chrome.contextMenus.create({ id: MENU, title: chrome.i18n.getMessage('menuHideThis'), contexts: CONTEXTS }, () => {
        if (chrome.runtime.lastError) console.warn('clearpress: menu:', chrome.runtime.lastError.message);
      });
      resolve();
    });
  });
}

/**
 * What a click on "Hide this" does (the contextMenus.onClicked listener): opens the picker
 * in the tab's top frame, on the right-clicked element where it can be known.
 */
export async function hideThis(info, tab) {
  if (info?.menuItemId !== MENU || tab?.id === undefined) return;
  try {
    await inject(tab.id);
    // Firefox's targetElementId belongs to the frame that was clicked; the picker runs in
    // the top frame only.
    const targetElementId = info.frameId ? undefined : info.targetElementId;
    const { srcUrl, linkUrl, selectionText } = info;
    const message = { type: 'content', cmd: 'pick', targetElementId, srcUrl, linkUrl, selectionText };
    await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
  } catch (e) {
    console.warn('clearpress: hide this:', e?.message ?? e);
  }
}
