// Background: a service worker in Chrome, an event page in Firefox; the same module. It
// wires triggers to background/reader.js and plans for pages that forbid WebAssembly.
import { run } from './reader.js';
import { planMessage } from './planner.js';

const COMMANDS = { 'toggle-reader': 'toggle', 'highlight-statements': 'highlight' };

chrome.commands.onCommand.addListener(async (command, tab) => {
  const cmd = COMMANDS[command];
  if (!cmd) return;
  const tabId = tab?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId !== undefined) await run(tabId, cmd);
});

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message?.type === 'run' && Number.isInteger(message.tabId)) {
    run(message.tabId, message.cmd).then(reply);
    return true;
  }
  if (message?.type === 'plan') {
    planMessage(message).then(reply);
    return true;
  }
  return false;
});

chrome.tabs.onRemoved.addListener((tabId) => chrome.storage.session.remove(`tab:${tabId}`));
