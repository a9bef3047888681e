// Injected by the background with scripting.executeScript, which only runs classic scripts:
// registers the message listener once per page and loads the content module on first use.
(() => {
  if (globalThis.clearpressListening) return;
  globalThis.clearpressListening = true;
  let main = null;
  let core = null;
  // Chromium does not tell a context-menu click which element was right-clicked: note it
  // here for "Hide this" (content/hide-this.js), for the pages this script is already in.
  addEventListener('contextmenu', (e) => (globalThis.clearpressContextTarget = new WeakRef(e.composedPath()[0] ?? e.target)), true);
  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type !== 'content') return false;
    main ??= import(chrome.runtime.getURL('content/main.js'));
    // The first message comes from the user's click (the background asks for the status
    // before it turns reader mode on): the core starts loading now, while the background's
    // round trips (status, stylesheet, the command itself) go on, not after them.
    if (message.cmd !== 'off') core ??= import(chrome.runtime.getURL('shared/core.js')).then((c) => c.preload(), () => null);
    main
      .then((m) => m.handle(message.cmd, message))
      .then(reply, (e) => reply({ ok: false, on: false, reason: 'error', message: String(e?.message ?? e) }));
    return true; // reply comes later
  });
})();
