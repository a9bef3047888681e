// Injected by the background with scripting.executeScript, which only runs classic scripts,
// and only when the user acts on this page (the toolbar click, a shortcut, "Hide this", or a
// site they put in auto mode): registers the message listener once per page and loads the
// content module and the core at once, while the background's first message is on its way.
(() => {
  if (globalThis.clearpressListening) return;
  globalThis.clearpressListening = true;
  const main = import(chrome.runtime.getURL('content/main.js'));
  // The core (fetch, compile, instantiate, a warm-up plan) loads beside the module and the
  // background's round trips (status, stylesheet, the command itself), not after them. Where
  // the page's CSP forbids compiling it here (Chromium), the background's core will plan this
  // page: it gets ready now, while the content module loads and the page is read.
  import(chrome.runtime.getURL('shared/core.js'))
    .then((c) => c.preload())
    .then((r) => r.loaded || chrome.runtime.sendMessage({ type: 'warm' }))
    .catch(() => null);
  // Chromium does not tell a context-menu click which element was right-clicked: note it
  // here for "Hide this" (content/hide-this.js), for the pages this script is already in.
  addEventListener('contextmenu', (e) => (globalThis.clearpressContextTarget = new WeakRef(e.composedPath()[0] ?? e.target)), true);
  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type !== 'content') return false;
    main
      .then((m) => m.handle(message.cmd, message))
      .then(reply, (e) => reply({ ok: false, on: false, reason: 'error', message: String(e?.message ?? e) }));
    return true; // reply comes later
  });
})();
