// The options page's "Your rules": every site's selectors, each editable in place and
// removable, and a form to add one by hand.
import { hostOf } from '../shared/settings.js';
import { RULES_PER_SITE_MAX, allRules, rulesFor, setRules, validSelector } from '../shared/rules.js';

const $ = (id) => document.getElementById(id);
const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));

function button(key, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = t(key);
  b.addEventListener('click', onClick);
  return b;
}

// Replaces rule `old` of `host` with `next` (null removes it), keeping its place.
async function changeRule(host, old, next) {
  const list = await rulesFor(host);
  const i = list.indexOf(old);
  if (i < 0) return;
  if (next === null) list.splice(i, 1);
  else list[i] = next;
  await setRules(host, list);
}

function ruleRow(host, selector, say) {
  const tr = document.createElement('tr');
  const input = document.createElement('input');
  input.type = 'text';
  input.value = selector;
  input.spellcheck = false;
  input.className = 'rule';
  input.setAttribute('aria-label', t('ruleSelectorLabel', host));
  input.addEventListener('change', async () => {
    const next = input.value.trim();
    if (!validSelector(next)) {
      say(t('ruleInvalid', next));
      input.value = selector;
      return;
    }
    await changeRule(host, selector, next);
    say(t('ruleSaved'));
    await showRules(say);
  });
  const remove = button('siteRemove', async () => {
    await changeRule(host, selector, null);
    await showRules(say);
  });
  const hostCell = document.createElement('td');
  hostCell.textContent = host;
  const ruleCell = document.createElement('td');
  ruleCell.append(input);
  const removeCell = document.createElement('td');
  removeCell.append(remove);
  tr.append(hostCell, ruleCell, removeCell);
  return tr;
}

/** Lists every site's rules; `say(text)` reports to the page. */
export async function showRules(say) {
  const rules = await allRules();
  const rows = Object.entries(rules)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([host, list]) => list.map((s) => ruleRow(host, s, say)));
  $('rules').tBodies[0].replaceChildren(...rows);
  $('no-rules').hidden = rows.length > 0;
}

async function addRule(event, say) {
  event.preventDefault();
  const host = hostOf($('rule-host').value);
  const selector = $('rule-selector').value.trim();
  if (!host) return say(t('siteInvalid'));
  if (!validSelector(selector)) return say(t('ruleInvalid', selector));
  const list = await rulesFor(host);
  if (!list.includes(selector) && list.length >= RULES_PER_SITE_MAX) return say(t('ruleTooMany', RULES_PER_SITE_MAX));
  await setRules(host, [...list, selector]);
  $('rule-selector').value = '';
  say(t('ruleSaved'));
  await showRules(say);
}

/** Wires the section; `say(text)` reports to the page. */
export async function rulesSection(say) {
  $('rule-host').placeholder = t('siteHostPlaceholder');
  $('rule-selector').placeholder = t('ruleSelectorPlaceholder');
  $('add-rule').addEventListener('submit', (e) => addRule(e, say).catch((err) => say(String(err?.message ?? err))));
  // A rule picked in a page while this page is open shows up here too.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith('rules:'))) showRules(say).catch(() => {});
  });
  await showRules(say);
}
