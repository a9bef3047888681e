// The toolbar button's own context menu: what its popup's buttons used to offer, now that a
// click on the button toggles reader mode at once. Declutter-only mode, highlighting every
// statement, and this page's details (what was hidden, by category, with "undo this one";
// the per-site mode; why nothing happened).
const ITEMS = [
  ['clearpress-action-declutter', 'menuDeclutter', 'toggle-declutter'],
  ['clearpress-action-highlight', 'commandHighlight', 'highlight'],
  ['clearpress-action-details', 'menuDetails', null],
];

/** Adds the entries to the toolbar button's menu (menus persist: once per install). */
export function createActionMenu() {
  for (const [id, key] of ITEMS) {
    chrome.contextMenus.create({ id, title: chrome.i18n.getMessage(key), contexts: ['action'] }, () => {
      if (chrome.runtime.lastError) console.warn('clearpress: action menu:', chrome.runtime.lastError.message);
    });
  }
}

/** The contextMenus.onClicked half for these entries; `runAndTell(tabId, cmd)` runs a command. */
export function actionMenuClicked(info, tab, runAndTell) {
  const item = ITEMS.find(([id]) => id === info?.menuItemId);
  if (!item || tab?.id === undefined) return;
  const [, , cmd] = item;
  if (cmd) runAndTell(tab.id, cmd);
  else openDetails(tab.id, tab.windowId).catch((e) => console.warn('clearpress: details:', e?.message ?? e));
}

/**
 * Opens the details page (popup/popup.html) for `tabId`: as the button's popup where the
 * browser lets us open it (a user's menu click), else in a small window of its own.
 */
export async function openDetails(tabId, windowId) {
  const popup = `popup/popup.html?tab=${tabId}`;
  try {
    await chrome.action.setPopup({ tabId, popup });
    await chrome.action.openPopup(windowId === undefined ? undefined : { windowId });
    return;
  } catch {
    // Not from a user's action, or not supported here: a window instead.
  } finally {
    // The next click on the button toggles again.
    await chrome.action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
  await chrome.windows.create({ url: chrome.runtime.getURL(popup), type: 'popup', width: 380, height: 560 });
}
