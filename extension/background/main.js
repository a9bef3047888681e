// Background: a service worker in Chrome, an event page in Firefox; the same module. It
// wires triggers to background/reader.js and plans for pages that forbid WebAssembly.
//
// The toolbar button has no popup: its click toggles reader mode at once, and the page
// shows a small toast afterwards (content/toast.js) with what was hidden and the other
// choices. The button's own context menu and the keyboard commands reach the rest.
import { run } from './reader.js';
import { planMessage } from './planner.js';
import { autoMode, syncAuto } from './auto.js';
import { createMenu, hideThis } from './menu.js';
import { actionMenuClicked, createActionMenu, openDetails } from './action-menu.js';
import { preload } from '../shared/core.js';

const COMMANDS = { 'toggle-reader': 'toggle', 'toggle-declutter': 'toggle-declutter', 'highlight-statements': 'highlight' };
// What the page's toast may ask for (content/toast.js).
const TOAST_COMMANDS = new Set(['toggle', 'toggle-declutter', 'highlight', 'off']);

// Runs a command the user gave and lets the page show how it went (the toast); a page that
// cannot be scripted has no toast, its badge and button title say it.
async function runAndTell(tabId, cmd) {
  const state = await run(tabId, cmd);
  if (state.on || state.reason) {
    chrome.tabs.sendMessage(tabId, { type: 'content', cmd: 'toast', state }, { frameId: 0 }).catch(() => {});
  }
  return state;
}

async function activeTab(tab) {
  return tab?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
}

chrome.action.onClicked.addListener((tab) => {
  if (tab?.id !== undefined) runAndTell(tab.id, 'toggle');
});

chrome.commands.onCommand.addListener(async (command, tab) => {
  const cmd = COMMANDS[command];
  if (!cmd) return;
  const tabId = await activeTab(tab);
  if (tabId !== undefined) await runAndTell(tabId, cmd);
});

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  // The details page (popup/popup.html): the state of its tab, and its buttons.
  if (message?.type === 'run' && Number.isInteger(message.tabId)) {
    run(message.tabId, message.cmd).then(reply);
    return true;
  }
  const fromPage = sender.tab?.id !== undefined && sender.frameId === 0;
  // The toast's buttons.
  if (message?.type === 'page-run' && fromPage && TOAST_COMMANDS.has(message.cmd)) {
    runAndTell(sender.tab.id, message.cmd).then(reply);
    return true;
  }
  if (message?.type === 'details' && fromPage) {
    openDetails(sender.tab.id).then(() => reply({ ok: true }), (e) => reply({ ok: false, message: String(e?.message ?? e) }));
    return true;
  }
  // The reader toolbar's "original page": reader mode off in the tab that asked.
  if (message?.type === 'leave' && fromPage) {
    run(sender.tab.id, 'off').then(() => reply({ ok: true }));
    return true;
  }
  if (message?.type === 'auto' && fromPage) {
    autoMode(sender.tab.url).then((mode) => mode && run(sender.tab.id, mode === 'reader' ? 'on' : 'declutter'));
    return false;
  }
  // The reader confirmed a picked element while clearpress was off: declutter-only mode
  // applies the new rule (and the core's clutter), and toggling it off undoes all of it.
  if (message?.type === 'picked' && fromPage) {
    run(sender.tab.id, 'declutter');
    return false;
  }
  // A page whose CSP keeps the core out of its content script: the core here gets ready
  // (compiled, instantiated, warmed up) before that page's snapshot arrives.
  if (message?.type === 'warm' && fromPage) {
    preload().catch(() => {});
    return false;
  }
  if (message?.type === 'plan' || message?.type === 'clutter') {
    planMessage(message).then(reply);
    return true;
  }
  return false;
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  hideThis(info, tab);
  actionMenuClicked(info, tab, runAndTell);
});
chrome.runtime.onInstalled.addListener(() => createMenu().then(createActionMenu));
// The end-to-end tests call the menus' click handlers here: headless browsers draw no
// context menu to click (tests/e2e/picker.mjs, tests/e2e/toast.mjs).
globalThis.clearpressHideThis = hideThis;
globalThis.clearpressActionMenu = (info, tab) => actionMenuClicked(info, tab, runAndTell);

chrome.tabs.onRemoved.addListener((tabId) => chrome.storage.session.remove(`tab:${tabId}`));

// The auto-mode registration follows the settings and the granted hosts, whichever changes.
const resync = () => syncAuto().catch((e) => console.warn('clearpress: auto mode:', e?.message ?? e));
chrome.runtime.onInstalled.addListener(resync);
chrome.runtime.onStartup.addListener(resync);
chrome.permissions.onAdded.addListener(resync);
chrome.permissions.onRemoved.addListener(resync);
chrome.storage.onChanged.addListener((changes, area) => area === 'sync' && changes.settings && resync());
