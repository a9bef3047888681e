// Injected by the background with scripting.executeScript, which only runs classic scripts:
// registers the message listener once per page and loads the content module on first use.
(() => {
  if (globalThis.clearpressListening) return;
  globalThis.clearpressListening = true;
  let main = null;
  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type !== 'content') return false;
    main ??= import(chrome.runtime.getURL('content/main.js'));
    main
      .then((m) => m.handle(message.cmd))
      .then(reply, (e) => reply({ ok: false, on: false, reason: 'error', message: String(e?.message ?? e) }));
    return true; // reply comes later
  });
})();
