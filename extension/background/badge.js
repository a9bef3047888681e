// The toolbar button's per-tab state: a word while reader or declutter-only mode is on, "!"
// after a failure; its title says what the last click did, since a page that cannot be
// scripted has no toast to say it.
import { describe } from '../shared/words.js';

const BADGE = { reader: 'badgeReader', declutter: 'badgeDeclutter' };

export async function showState(tabId, state) {
  const text = state.on ? chrome.i18n.getMessage(BADGE[state.mode] ?? BADGE.reader) : state.ok ? '' : '!';
  const { state: kind, title, details } = describe(state);
  try {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: state.on ? '#1f3a5f' : '#b3261e' });
    await chrome.action.setBadgeText({ tabId, text });
    const plain = chrome.i18n.getMessage('actionTitle');
    await chrome.action.setTitle({ tabId, title: kind === 'off' ? plain : `${title} ${details}`.trim() });
  } catch {
    // The tab closed meanwhile.
  }
}
