// Background: a service worker in Chrome, an event page in Firefox; the same module. It
// wires triggers to background/reader.js and plans for pages that forbid WebAssembly.
import { run } from './reader.js';
import { planMessage } from './planner.js';
import { autoMode, syncAuto } from './auto.js';
import { createMenu, hideThis } from './menu.js';

const COMMANDS = { 'toggle-reader': 'toggle', 'toggle-declutter': 'toggle-declutter', 'highlight-statements': 'highlight' };

chrome.commands.onCommand.addListener(async (command, tab) => {
  const cmd = COMMANDS[command];
  if (!cmd) return;
  const tabId = tab?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId !== undefined) await run(tabId, cmd);
});

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === 'run' && Number.isInteger(message.tabId)) {
    run(message.tabId, message.cmd).then(reply);
    return true;
  }
  // The reader toolbar's "original page": reader mode off in the tab that asked.
  if (message?.type === 'leave' && sender.tab?.id !== undefined && sender.frameId === 0) {
    run(sender.tab.id, 'off').then(() => reply({ ok: true }));
    return true;
  }
  if (message?.type === 'auto' && sender.tab?.id !== undefined && sender.frameId === 0) {
    autoMode(sender.tab.url).then((mode) => mode && run(sender.tab.id, mode === 'reader' ? 'on' : 'declutter'));
    return false;
  }
  // The reader confirmed a picked element while clearpress was off: declutter-only mode
  // applies the new rule (and the core's clutter), and toggling it off undoes all of it.
  if (message?.type === 'picked' && sender.tab?.id !== undefined && sender.frameId === 0) {
    run(sender.tab.id, 'declutter');
    return false;
  }
  if (message?.type === 'plan' || message?.type === 'clutter') {
    planMessage(message).then(reply);
    return true;
  }
  return false;
});

chrome.contextMenus.onClicked.addListener(hideThis);
chrome.runtime.onInstalled.addListener(createMenu);
// The end-to-end tests call the menu's click handler here: headless browsers draw no context
// menu to click (tests/e2e/picker.mjs).
globalThis.clearpressHideThis = hideThis;

chrome.tabs.onRemoved.addListener((tabId) => chrome.storage.session.remove(`tab:${tabId}`));

// The auto-mode registration follows the settings and the granted hosts, whichever changes.
const resync = () => syncAuto().catch((e) => console.warn('clearpress: auto mode:', e?.message ?? e));
chrome.runtime.onInstalled.addListener(resync);
chrome.runtime.onStartup.addListener(resync);
chrome.permissions.onAdded.addListener(resync);
chrome.permissions.onRemoved.addListener(resync);
chrome.storage.onChanged.addListener((changes, area) => area === 'sync' && changes.settings && resync());
