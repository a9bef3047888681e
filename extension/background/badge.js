// The toolbar button's per-tab state: "on" while reader mode is on, "!" after a failure.
export async function showState(tabId, state) {
  const text = state.on ? 'on' : state.ok ? '' : '!';
  try {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: state.on ? '#1f3a5f' : '#b3261e' });
    await chrome.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}
