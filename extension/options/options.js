// The options page: which kinds of clutter are hidden, the sites with an "always" mode (each
// with its own runtime permission), and the settings as a JSON file to export or import.
import { KINDS, SITE_MODES, hostOf, load, originsOf, update } from '../shared/settings.js';
import { BackupError, exportAll, parseBackup, restore } from '../shared/backup.js';
import { rulesSection, showRules } from './rules.js';

const $ = (id) => document.getElementById(id);
const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));
const MODE_LABEL = { declutter: 'siteDeclutter', reader: 'siteReader' };

function say(text) {
  $('message').textContent = text;
}

async function showCategories() {
  const { categories } = await load();
  for (const kind of KINDS) $(`cat-${kind}`).checked = categories[kind];
}

function cell(...children) {
  const td = document.createElement('td');
  td.append(...children);
  return td;
}

function button(key, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = t(key);
  b.addEventListener('click', onClick);
  return b;
}

async function siteRow(host, mode) {
  const tr = document.createElement('tr');
  const select = document.createElement('select');
  for (const m of SITE_MODES) select.append(new Option(t(MODE_LABEL[m]), m, false, m === mode));
  select.addEventListener('change', () => update((s) => (s.sites[host] = select.value)));
  const granted = await chrome.permissions.contains({ origins: originsOf(host) });
  const status = granted ? '' : t('siteNeedsPermission');
  const grant = granted ? '' : button('siteGrant', () => chrome.permissions.request({ origins: originsOf(host) }).then(showSites));
  const remove = button('siteRemove', async () => {
    await chrome.permissions.remove({ origins: originsOf(host) }).catch(() => {});
    await update((s) => delete s.sites[host]);
    await showSites();
  });
  const statusCell = cell(status, grant);
  statusCell.className = granted ? '' : 'missing';
  tr.append(cell(host), cell(select), statusCell, cell(remove));
  return tr;
}

async function showSites() {
  const { sites } = await load();
  const body = $('sites').tBodies[0];
  const rows = await Promise.all(Object.entries(sites).sort().map(([h, m]) => siteRow(h, m)));
  body.replaceChildren(...rows);
  $('no-sites').hidden = rows.length > 0;
}

function addSite(event) {
  event.preventDefault();
  const host = hostOf($('new-host').value);
  if (!host) {
    say(t('siteInvalid'));
    return;
  }
  const mode = $('new-mode').value;
  // The permission request must be the first thing the user's gesture does.
  const asked = chrome.permissions.request({ origins: originsOf(host) });
  update((s) => (s.sites[host] = mode))
    .then(() => asked)
    .then(() => {
      $('new-host').value = '';
      say('');
      return showSites();
    })
    .catch((e) => say(String(e?.message ?? e)));
}

async function exportSettings() {
  const text = JSON.stringify(await exportAll(), null, 2) + '\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'clearpress-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function importSettings() {
  const file = $('import').files[0];
  if (!file) return;
  try {
    const { settings, rules } = await restore(parseBackup(await file.text()));
    await showCategories();
    await showSites();
    await showRules(say);
    const ruleCount = Object.values(rules).reduce((n, list) => n + list.length, 0);
    say(t('importDone', Object.keys(settings.sites).length, ruleCount));
  } catch (e) {
    say(e instanceof BackupError ? t(e.key, e.detail) : t('importFailed', String(e?.message ?? e)));
  } finally {
    $('import').value = '';
  }
}

async function main() {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  $('new-host').placeholder = t('siteHostPlaceholder');
  for (const kind of KINDS) {
    $(`cat-${kind}`).addEventListener('change', (e) => update((s) => (s.categories[kind] = e.target.checked)));
  }
  $('add-site').addEventListener('submit', addSite);
  $('export').addEventListener('click', exportSettings);
  $('import').addEventListener('change', importSettings);
  chrome.permissions.onAdded.addListener(showSites);
  chrome.permissions.onRemoved.addListener(showSites);
  await showCategories();
  await showSites();
  await rulesSection(say);
}

main().catch((e) => say(String(e?.message ?? e)));
