// Firefox driver: geckodriver + firefox-esr over plain WebDriver HTTP.
//
// The toolbar click is Firefox's own: from WebDriver's chrome context, the button's
// triggerAction, the code a click on it runs (activeTab granted, action.onClicked fired);
// the keyboard commands' <key> elements are fired the same way. The page's
// toast is read and clicked in the page; the details page (popup/popup.html) is opened in a
// tab (it acts on the tab used just before, see extension/popup/tab.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, freePort, startDriver } from './webdriver.mjs';
import { readPopup } from './chromium.mjs';
import { readToast, readToastStamp } from './toast.mjs';
import { sleep, waitFor } from './util.mjs';

// Fixed moz-extension:// host for the popup URL (extensions.webextensions.uuids).
const UUID = '3d0c7e52-6f4e-4c57-9a61-2f3b8a1c9e10';

const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

// Firefox's makeWidgetId: how the extension id appears in its keyset's element id.
const widgetId = (id) => id.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

export async function launchFirefox({ extensionDir, origin }) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId = manifest.browser_specific_settings.gecko.id;
  const keyOf = (command) => manifest.commands[command].suggested_key.default.split('+').pop();
  const geckodriver = process.env.GECKODRIVER || onPath('geckodriver') || join(homedir(), '.cargo/bin/geckodriver');
  const driver = await startDriver(geckodriver, ['--allow-system-access', '--websocket-port', String(await freePort())]);
  const host = new URL(origin).hostname;
  // Downloads land here without a dialog.
  const downloads = mkdtempSync(join(tmpdir(), 'clearpress-downloads-'));
  let session;
  try {
    session = await Session.create(driver.base, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
          // The fixtures link to their real sites: a dead proxy keeps the test offline.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
          'network.proxy.no_proxies_on': host,
          'network.proxy.allow_hijacking_localhost': false,
          // Grants optional permissions without a prompt (headless Firefox cannot show one),
          // so per-site auto mode can be tested: what the reader would click "Allow" in.
          'extensions.webextOptionalPermissionPrompts': false,
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
          'browser.download.alwaysOpenPanel': false,
        },
      },
    });
    await session.cmd('POST', '/moz/addon/install', { path: extensionDir, temporary: true });
  } catch (e) {
    driver.proc.kill();
    throw e;
  }
  const mainTab = await session.cmd('GET', '/window');
  await session.cmd('POST', '/window/rect', { width: 1280, height: 800 });

  async function inChrome(fn, ...args) {
    await session.cmd('POST', '/moz/context', { context: 'chrome' });
    try {
      return await session.exec(fn, ...args);
    } finally {
      await session.cmd('POST', '/moz/context', { context: 'content' });
    }
  }

  function fireCommand(command) {
    const fire = (keyset, key) => {
      const el = document.querySelector(`#${keyset} key[key="${key}"]`);
      if (!el) throw new Error(`no <key> ${key} in #${keyset}`);
      el.doCommand();
      return true;
    };
    return inChrome(fire, `ext-keyset-id-${widgetId(addonId)}`, keyOf(command));
  }

  // The toolbar button's click, as Firefox's own code for a click on it runs it
  // (browserAction.triggerAction: "the same effects as if it were clicked by a user":
  // activeTab granted, action.onClicked fired). Returns when it happened (the browser's
  // clock, ms since the epoch).
  function clickButton(addon) {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(addon);
    const action = extension && ExtensionParent.apiManager.global.browserActionFor?.(extension);
    if (!action) return `no toolbar button for ${addon}`;
    const at = performance.timeOrigin + performance.now();
    action.triggerAction(window);
    return at;
  }

  async function clickAction() {
    const got = await inChrome(clickButton, addonId);
    if (typeof got !== 'number') throw new Error(got);
    return got;
  }

  // What the page's toast says once `act()` is done; without a toast (a browser page), the
  // details page.
  async function toastAfter(act) {
    const before = await session.exec(readToastStamp).catch(() => null);
    await act();
    const fresh = (t) => !!t && t.stamp !== before && (t.state === 'on' || t.state === 'problem');
    const got = await waitFor(() => session.exec(readToast).catch(() => null), fresh, { timeout: 5000 });
    return fresh(got) ? got : viaPopup(null);
  }

  // `button`: an id, or a CSS selector when it starts with a bracket or a dot.
  async function viaPopup(button) {
    const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
    await session.cmd('POST', '/window', { handle });
    try {
      await session.cmd('POST', '/url', { url: `moz-extension://${UUID}/popup/popup.html` });
      const idle = () => session.exec(() => !document.body.hasAttribute('data-busy'));
      await waitFor(idle, Boolean);
      if (button) {
        await session.click(/^[.[]/.test(button) ? `button${button}` : `#${button}`);
        await waitFor(idle, Boolean);
      }
      return await session.exec(readPopup);
    } finally {
      await session.cmd('DELETE', '/window');
      await session.cmd('POST', '/window', { handle: mainTab });
    }
  }

  // Runs `fn(...args)` (self-contained, may be async) in the options page, in a new tab.
  async function inOptions(fn, ...args) {
    const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
    await session.cmd('POST', '/window', { handle });
    try {
      await session.cmd('POST', '/url', { url: `moz-extension://${UUID}/options/options.html` });
      await waitFor(() => session.exec(() => document.readyState === 'complete'), Boolean);
      await sleep(200);
      const script = `const done = arguments[arguments.length - 1]; Promise.resolve((${fn})(...${JSON.stringify(args)})).then(done, (e) => done({ error: String(e) }));`;
      return await session.cmd('POST', '/execute/async', { script, args: [] });
    } finally {
      await session.cmd('DELETE', '/window');
      await session.cmd('POST', '/window', { handle: mainTab });
    }
  }

  // Clicks our entry in the page's context menu, once the right click has opened it.
  function clickMenuEntry() {
    const menu = document.getElementById('contentAreaContextMenu');
    const item = [...menu.querySelectorAll('menuitem')].find((m) => m.id.endsWith('-menuitem-_clearpress-hide-this'));
    if (!item) return `no entry in the context menu (state ${menu.state})`;
    item.doCommand();
    menu.hidePopup();
    return 'ok';
  }

  const KEYS = { ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007', Escape: '\uE00C' };

  const isOn = () => session.exec(() => document.documentElement?.hasAttribute('data-clearpress') === true);

  return {
    name: 'firefox',
    // Firefox lets content scripts compile wasm whatever the page's CSP.
    expectedVia: () => 'content',
    browserPage: 'about:robots',
    async open(url) {
      await session.cmd('POST', '/url', { url });
      return mainTab;
    },
    eval: (_tab, fn, ...args) => session.exec(fn, ...args),
    type: (_tab, selector, index, text) => session.type(selector, index, text),
    click: (_tab, selector) => session.click(selector),
    clickPanel: (_tab, selector) => session.clickInShadow('clearpress-panel', selector),
    press: (_tab, key) => session.press(key),
    // The text of the file a download started by `act()` saves (the newest complete file).
    async download(_tab, act) {
      const before = new Set(readdirSync(downloads));
      await act();
      const done = () => readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
      const files = await waitFor(done, (f) => f.length > 0 && statSync(join(downloads, f[0])).size > 0, { timeout: 10000 });
      if (!files.length) throw new Error('no file downloaded');
      return readFileSync(join(downloads, files[0]), 'utf8');
    },
    // The system clipboard as text, read from the browser's chrome context.
    readClipboard: () =>
      inChrome(() => {
        const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        trans.init(null);
        trans.addDataFlavor('text/plain');
        Services.clipboard.getData(trans, Services.clipboard.kGlobalClipboard, null);
        const out = {};
        try {
          trans.getTransferData('text/plain', out);
        } catch {
          return null;
        }
        return out.value.QueryInterface(Ci.nsISupportsString).data;
      }),
    async screenshot(_tab, path) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(await session.cmd('GET', '/screenshot'), 'base64'));
    },
    // The toolbar click turns reader mode on; the page's toast says how it went.
    turnOn: () => toastAfter(clickAction),
    turnOnDeclutter: () => toastAfter(() => fireCommand('toggle-declutter')),
    clickAction,
    readToast: () => session.exec(readToast),
    // `selector`: inside the toast's shadow root.
    clickToast: (_tab, selector) => session.clickInShadow('clearpress-toast', selector),
    details: () => viaPopup(null),
    highlightAll: () => viaPopup('highlight'),
    clickToolbar: (_tab, cp) => session.clickInShadow('clearpress-toolbar', `[data-cp="${cp}"]`),
    async viewportShot(_tab, path) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(await session.cmd('GET', '/screenshot'), 'base64'));
    },
    // Clicks `selector` on the options page; returns the stored settings afterwards.
    async clickInOptions(selector) {
      const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
      await session.cmd('POST', '/window', { handle });
      try {
        await session.cmd('POST', '/url', { url: `moz-extension://${UUID}/options/options.html` });
        await waitFor(() => session.exec(() => document.readyState === 'complete'), Boolean);
        await sleep(200);
        await session.click(selector);
        await sleep(200);
        const read = () => new Promise((done) => chrome.storage.sync.get('settings').then((r) => done(r.settings ?? null)));
        return await session.cmd('POST', '/execute/async', { script: `(${read})().then(arguments[0]);`, args: [] });
      } finally {
        await session.cmd('DELETE', '/window');
        await session.cmd('POST', '/window', { handle: mainTab });
      }
    },
    // `button`: the popup button that turns the current mode off.
    async turnOff(_tab, how = 'popup', button = 'toggle') {
      if (how === 'popup') return viaPopup(button);
      await fireCommand('toggle-reader');
      const on = await waitFor(isOn, (v) => !v);
      return { state: on ? 'on' : 'off' };
    },
    closePage: async () => {},
    // Print media and the system's colour preference for the page's tab, as the devtools'
    // print and colour-scheme simulations set them (the browsing context's overrides, from
    // the chrome context); `on` false / `scheme` null give the browser's own back.
    emulatePrint: (_tab, on) =>
      inChrome((medium) => {
        gBrowser.selectedBrowser.browsingContext.mediumOverride = medium;
      }, on ? 'print' : ''),
    async emulateColorScheme(_tab, scheme) {
      await inChrome((value) => {
        gBrowser.selectedBrowser.browsingContext.prefersColorSchemeOverride = value;
      }, scheme ?? 'none');
      // The override reaches the page's media queries on its next style update.
      const want = scheme === 'dark';
      await waitFor(() => session.exec(() => matchMedia('(prefers-color-scheme: dark)').matches), (d) => d === want, { timeout: 3000 });
    },
    clickInPopup: (_tab, selector) => viaPopup(selector),
    // The real thing: a right click opens the page's context menu, our entry is clicked.
    async hideThis(_tab, selector, { away } = {}) {
      // A reader closes the toast (×) before reaching what it covers.
      if (await session.exec(() => !!document.querySelector('clearpress-toast'))) {
        await session.clickInShadow('clearpress-toast', '[data-cp="close"]');
      }
      await session.rightClick(selector);
      if (away) await session.hover(away);
      const got = await waitFor(() => inChrome(clickMenuEntry), (v) => v === 'ok', { timeout: 5000 });
      if (got !== 'ok') throw new Error(got);
    },
    hover: (_tab, selector) => session.hover(selector),
    keys: (_tab, ...keys) => session.keys(...keys.map((k) => KEYS[k] ?? k)),
    syncStorage: () => inOptions(() => chrome.storage.sync.get(null)),
    setSyncStorage: (items) =>
      inOptions(async (all) => {
        await chrome.storage.sync.clear();
        await chrome.storage.sync.set(all);
      }, items),
    inOptions,
    // The menu click names the right-clicked element (menus.getTargetElement).
    namesMenuTarget: true,
    // Optional permissions are granted without a prompt (see the prefs above).
    canGrantHosts: true,
    // Adds `host` with "always declutter" on the options page, typed and clicked as a user
    // would (permissions.request needs a user's input); resolves to whether it was granted.
    async addAutoSite(host) {
      const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
      await session.cmd('POST', '/window', { handle });
      try {
        await session.cmd('POST', '/url', { url: `moz-extension://${UUID}/options/options.html` });
        await waitFor(() => session.exec(() => document.readyState === 'complete'), Boolean);
        await sleep(200);
        await session.type('#new-host', 0, host);
        await session.click('#add-site button[type=submit]');
        const origins = [`http://${host}/*`];
        const granted = () =>
          session.cmd('POST', '/execute/async', { script: 'chrome.permissions.contains({ origins: arguments[0] }).then(arguments[1]);', args: [origins] });
        return await waitFor(granted, Boolean, { timeout: 5000 });
      } finally {
        await session.cmd('DELETE', '/window');
        await session.cmd('POST', '/window', { handle: mainTab });
      }
    },
    // Chooses `value` in the popup's per-site select; returns the popup's state.
    async chooseSiteMode(value) {
      const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
      await session.cmd('POST', '/window', { handle });
      try {
        await session.cmd('POST', '/url', { url: `moz-extension://${UUID}/popup/popup.html` });
        await waitFor(() => session.exec(() => !document.body.hasAttribute('data-busy') && !document.getElementById('site-row').hidden), Boolean);
        await session.click('#site');
        await session.click(`#site option[value="${value}"]`);
        await sleep(500);
        return await session.exec(() => document.getElementById('site').value);
      } finally {
        await session.cmd('DELETE', '/window');
        await session.cmd('POST', '/window', { handle: mainTab });
      }
    },
    // name → assigned shortcut, read back from the <key> elements Firefox made.
    async shortcuts() {
      const keys = await inChrome(
        (keyset) => [...document.querySelectorAll(`#${keyset} key`)].map((k) => [k.getAttribute('modifiers'), k.getAttribute('key')]),
        `ext-keyset-id-${widgetId(addonId)}`,
      );
      const names = { alt: 'Alt', shift: 'Shift', control: 'Ctrl', accel: 'Ctrl', meta: 'Command' };
      const assigned = new Set(keys.map(([mods, key]) => [...mods.split(',').map((m) => names[m] ?? m), key].join('+')));
      return Object.fromEntries(
        Object.entries(manifest.commands).map(([name, c]) => [name, assigned.has(c.suggested_key.default) ? c.suggested_key.default : '']),
      );
    },
    async errors() {
      const collect = (uuid) =>
        Services.console
          .getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
          .filter((m) => `${m.sourceName}`.includes(uuid))
          .map((m) => `${m.sourceName}:${m.lineNumber}: ${m.errorMessage}`);
      const all = await inChrome(collect, UUID);
      await inChrome(() => Services.console.reset());
      return all;
    },
    async close() {
      try {
        await session.delete();
      } finally {
        driver.proc.kill();
        rmSync(downloads, { recursive: true, force: true });
      }
    },
  };
}
