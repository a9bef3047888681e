// The toolbar button's per-tab state: a word while reader or declutter-only mode is on, "!"
// after a failure.
const BADGE = { reader: 'badgeReader', declutter: 'badgeDeclutter' };

export async function showState(tabId, state) {
  const text = state.on ? chrome.i18n.getMessage(BADGE[state.mode] ?? BADGE.reader) : state.ok ? '' : '!';
  try {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: state.on ? '#1f3a5f' : '#b3261e' });
    await chrome.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}
