// Registered (background/auto.js) only on the hosts the reader chose an "always" mode for:
// asks the background to turn that mode on in this page.
chrome.runtime.sendMessage({ type: 'auto' }).catch(() => {});
