// "Always on this site": the popup's per-site mode. Choosing a mode saves it first and then
// asks for this one site's permission (Firefox may close the popup while its prompt shows,
// and the background registers the site once both are there); choosing "not automatically"
// forgets the site and gives its permission back.
import { hostOf, load, originsOf, update } from '../shared/settings.js';
import { t } from './i18n.js';

export async function siteControl(url) {
  let host = null;
  try {
    const u = new URL(url);
    if (/^https?:$/.test(u.protocol)) host = hostOf(u.hostname);
  } catch {
    // No readable URL: no per-site choice.
  }
  if (!host) return;
  const select = document.getElementById('site');
  const granted = await chrome.permissions.contains({ origins: originsOf(host) });
  const mode = (await load()).sites[host];
  select.value = mode && granted ? mode : '';
  document.getElementById('site-label').textContent = t('siteLabel', host);
  document.getElementById('site-row').hidden = false;
  select.addEventListener('change', () => choose(host, select));
}

function choose(host, select) {
  const mode = select.value;
  const origins = originsOf(host);
  // The permission request must be the first thing the user's gesture does.
  const asked = mode ? chrome.permissions.request({ origins }) : chrome.permissions.remove({ origins });
  const saved = update((s) => {
    if (mode) s.sites[host] = mode;
    else delete s.sites[host];
  });
  Promise.all([asked, saved])
    .then(([ok]) => {
      if (mode && !ok) select.value = '';
    })
    .catch(() => {
      select.value = '';
    });
}
