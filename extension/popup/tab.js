// Which tab the popup acts on. As the toolbar popup: the active tab of its window. Opened as
// a page in a tab instead (the end-to-end tests do this, as a toolbar click cannot be
// scripted): `?tab=<id>`, or else the tab of this window used just before this one.
export async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const self = await chrome.tabs.getCurrent(); // undefined in the toolbar popup
  if (!self) return (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await chrome.tabs.query({ windowId: self.windowId })).filter((t) => t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
