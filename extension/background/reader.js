// The one path every trigger takes (toolbar popup, keyboard commands): inject the content
// script into the tab, add or remove the reader stylesheet, and ask the page to change.
import { explain } from './errors.js';
import { showState } from './badge.js';

// User origin, so the stylesheet's !important rules beat the page's own; inserted with
// scripting.insertCSS, so the page's CSP cannot block it and the DOM does not change.
const CSS = { files: ['reader.css', 'toolbar.css'], origin: 'USER' };

const NO_ANSWER = { ok: false, on: false, reason: 'error', message: 'the page did not answer' };

async function ask(tabId, cmd) {
  return (await chrome.tabs.sendMessage(tabId, { type: 'content', cmd }, { frameId: 0 })) ?? NO_ANSWER;
}

export async function inject(tabId) {
  const [result] = await chrome.scripting.executeScript({ target: { tabId }, files: ['content/loader.js'] });
  // Firefox resolves with an error entry (or nothing) for pages it will not script.
  if (!result || result.error) throw new Error(result?.error?.message ?? 'the content script did not run');
}

async function turnOn(tabId, mode) {
  const target = { tabId };
  await chrome.scripting.insertCSS({ target, ...CSS });
  let state;
  try {
    state = await ask(tabId, mode === 'declutter' ? 'declutter' : 'on');
  } catch (e) {
    state = { ok: false, on: false, reason: 'error', message: String(e?.message ?? e) };
  }
  if (!state.on) await chrome.scripting.removeCSS({ target, ...CSS }).catch(() => {});
  return state;
}

async function turnOff(tabId) {
  const state = await ask(tabId, 'off');
  await chrome.scripting.removeCSS({ target: { tabId }, ...CSS }).catch(() => {});
  return state;
}

// The mode a command wants given the page's state: 'reader', 'declutter' or null (off).
// 'on' (the popup opening) keeps whichever mode is on; a toggle turns its own mode off, or
// switches to it from the other one.
function wanted(cmd, current) {
  const mode = current.on ? current.mode : null;
  switch (cmd) {
    case 'on':
    case 'highlight':
      return mode ?? 'reader';
    case 'toggle':
      return mode === 'reader' ? null : 'reader';
    case 'toggle-declutter':
      return mode === 'declutter' ? null : 'declutter';
    case 'declutter':
      return mode ?? 'declutter';
    default:
      return null;
  }
}

async function perform(tabId, cmd) {
  const current = await ask(tabId, 'status');
  if (cmd === 'status') return current;
  const mode = wanted(cmd, current);
  let state = current;
  if (mode && state.mode !== mode) {
    // The stylesheet stays in while one mode replaces the other.
    if (!state.on) state = await turnOn(tabId, mode);
    else {
      state = await ask(tabId, mode === 'declutter' ? 'declutter' : 'on');
      if (!state.on) await chrome.scripting.removeCSS({ target: { tabId }, ...CSS }).catch(() => {});
    }
  }
  if (!mode && current.on) state = await turnOff(tabId);
  if (cmd === 'highlight' && state.mode === 'reader') state = await ask(tabId, 'highlight');
  return state;
}

async function tabUrl(tabId) {
  try {
    return (await chrome.tabs.get(tabId)).url; // readable with activeTab
  } catch {
    return undefined;
  }
}

// The last run per tab: runs on one tab go one after another, so a shortcut pressed while
// the popup is opening cannot insert the stylesheet twice.
const runs = new Map();

/**
 * Runs `cmd` ('status' | 'on' | 'declutter' | 'off' | 'toggle' | 'toggle-declutter' |
 * 'highlight') on tab
 * `tabId` and returns the page's state for the popup: {ok, on, mode?, via?, summary?,
 * reason?, message?}.
 */
export function run(tabId, cmd) {
  const next = (runs.get(tabId) ?? Promise.resolve()).then(() => runNow(tabId, cmd));
  runs.set(tabId, next);
  next.then(() => runs.get(tabId) === next && runs.delete(tabId));
  return next;
}

// Never rejects: every failure becomes a state the popup can explain.
async function runNow(tabId, cmd) {
  let state;
  try {
    await inject(tabId);
  } catch (e) {
    state = explain(await tabUrl(tabId), e);
  }
  if (!state) {
    try {
      state = await perform(tabId, cmd);
    } catch (e) {
      state = explain(await tabUrl(tabId), e);
    }
  }
  // Kept with the page's URL: the popup shows it only while the tab still shows that page.
  const saved = { ...state, url: await tabUrl(tabId) };
  await chrome.storage.session.set({ [`tab:${tabId}`]: saved }).catch(() => {});
  await showState(tabId, state);
  return state;
}
