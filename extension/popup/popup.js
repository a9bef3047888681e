// The details page of one tab: opened from the toolbar button's context menu or the page's
// toast ("More…"), as the button's popup or a small window. It shows the page's state (or
// why nothing happened), what was hidden by category with "undo this one", and the per-site
// mode; its buttons toggle reader mode, declutter-only mode and highlight every statement.
// The toolbar click itself toggles reader mode without it. All work happens in the
// background (background/reader.js), which keeps running if this page closes.
import { describe } from '../shared/words.js';
import { targetTab } from './tab.js';
import { localize, t } from './i18n.js';
import { siteControl } from './site.js';
import { renderItems } from './items.js';

const $ = (id) => document.getElementById(id);
// Outcomes that trying again cannot change.
const STUCK = new Set(['no-article', 'browser-page', 'no-access', 'error-page']);
const failure = (e) => ({ ok: false, on: false, reason: 'error', message: String(e?.message ?? e) });

// The tab the popup acts on, for the per-item buttons.
let tab;

function render(s) {
  const { state, title, details } = describe(s);
  const status = $('status');
  status.textContent = title;
  status.dataset.state = state;
  status.dataset.via = s.via ?? '';
  $('details').textContent = details;
  const reader = s.on && s.mode === 'reader';
  const declutter = s.on && s.mode === 'declutter';
  $('toggle').textContent = t(reader ? 'buttonReaderOff' : 'buttonReaderOn');
  $('declutter').textContent = t(declutter ? 'buttonDeclutterOff' : 'buttonDeclutterOn');
  $('highlight').textContent = t(reader && s.highlighted ? 'buttonUnhighlight' : 'buttonHighlight');
  $('toggle').disabled = !s.on && STUCK.has(s.reason);
  // Declutter-only needs no article: only a page that cannot be scripted stops it.
  $('declutter').disabled = !s.on && STUCK.has(s.reason) && s.reason !== 'no-article';
  $('highlight').disabled = !reader || !s.summary?.statements;
  renderItems(s.on ? s.items : [], tab);
}

async function shortcuts() {
  const commands = await chrome.commands.getAll();
  const key = (name) => commands.find((c) => c.name === name)?.shortcut;
  const footer = $('keys');
  const labels = [
    ['toggle-reader', 'keyReader'],
    ['toggle-declutter', 'keyDeclutter'],
    ['highlight-statements', 'keyStatements'],
  ];
  for (const [name, label] of labels) {
    if (!key(name)) continue;
    if (footer.childNodes.length) footer.append(' · ');
    const kbd = document.createElement('kbd');
    kbd.textContent = key(name);
    footer.append(kbd, ` ${t(label)}`);
  }
}

async function main() {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  localize(document);
  const tabId = await targetTab();
  tab = tabId;
  const send = (cmd) => chrome.runtime.sendMessage({ type: 'run', tabId, cmd });
  const act = async (cmd) => {
    $('toggle').disabled = $('declutter').disabled = $('highlight').disabled = true;
    document.body.dataset.busy = '';
    render(await send(cmd).catch(failure));
    delete document.body.dataset.busy;
  };
  $('toggle').addEventListener('click', () => act('toggle'));
  $('declutter').addEventListener('click', () => act('toggle-declutter'));
  $('highlight').addEventListener('click', () => act('highlight'));
  shortcuts().catch(() => {});
  $('options').addEventListener('click', (e) => {
    e.preventDefault();
    chrome.runtime.openOptionsPage();
  });
  if (tabId === undefined) throw new Error('no tab to read');
  // What the last command on this page did (a shortcut's failure, say) while this one runs.
  const saved = (await chrome.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];
  const url = await chrome.tabs.get(tabId).then((t) => t.url, () => undefined);
  if (saved && !saved.on && saved.url && saved.url === url) render(saved);
  siteControl(url).catch(() => {});
  await act('status');
}

main().catch((e) => {
  render(failure(e));
  delete document.body.dataset.busy;
});
