// What clearpress hid on this page, by category, each with "undo this one" (shown again)
// and "hide again". The content script keeps the list (content/rules.js); the popup asks it
// directly, so an item changes without going through the background's mode logic.
import { t } from './i18n.js';
import { HIDDEN_KINDS } from '../shared/settings.js';

function itemRow(item, change) {
  const li = document.createElement('li');
  li.dataset.hidden = String(item.hidden);
  li.dataset.kind = item.kind;
  const label = document.createElement('span');
  label.textContent = item.label;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'item';
  b.dataset.item = String(item.id);
  b.textContent = t(item.hidden ? 'itemUndo' : 'itemRehide');
  b.setAttribute('aria-label', t(item.hidden ? 'itemUndoLabel' : 'itemRehideLabel', item.label));
  b.addEventListener('click', () => change(item.id, !item.hidden));
  li.append(label, b);
  return li;
}

/** Shows `items` ({id, kind, label, hidden}) in #items; `tabId` is the page's tab. */
export function renderItems(items, tabId) {
  const box = document.getElementById('items');
  const list = Array.isArray(items) ? items : [];
  box.hidden = list.length === 0;
  const change = async (id, hidden) => {
    document.body.dataset.busy = '';
    try {
      const state = await chrome.tabs.sendMessage(tabId, { type: 'content', cmd: 'item', id, hidden }, { frameId: 0 });
      renderItems(state?.items, tabId);
    } finally {
      delete document.body.dataset.busy;
    }
  };
  const groups = [];
  for (const [kind, key] of HIDDEN_KINDS) {
    const mine = list.filter((i) => i.kind === kind);
    if (!mine.length) continue;
    const h = document.createElement('h3');
    h.textContent = t(key);
    const ul = document.createElement('ul');
    ul.append(...mine.map((i) => itemRow(i, change)));
    groups.push(h, ul);
  }
  document.getElementById('item-groups').replaceChildren(...groups);
}
