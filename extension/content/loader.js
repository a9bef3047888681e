// Injected by the background with scripting.executeScript, which only runs classic scripts:
// registers the message listener once per page and loads the content module on first use.
(() => {
  if (globalThis.clearpressListening) return;
  globalThis.clearpressListening = true;
  let main = null;
  // Chromium does not tell a context-menu click which element was right-clicked: note it
  // here for "Hide this" (content/hide-this.js), for the pages this script is already in.
  addEventListener('contextmenu', (e) => (globalThis.clearpressContextTarget = new WeakRef(e.composedPath()[0] ?? e.target)), true);
  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type !== 'content') return false;
    main ??= import(chrome.runtime.getURL('content/main.js'));
    main
      .then((m) => m.handle(message.cmd, message))
      .then(reply, (e) => reply({ ok: false, on: false, reason: 'error', message: String(e?.message ?? e) }));
    return true; // reply comes later
  });
})();
