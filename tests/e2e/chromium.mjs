// Chromium driver (playwright-core). The toolbar click is real: CDP's
// Extensions.triggerAction fires the action's click on the page's tab (granting activeTab
// exactly as a click does); the page's toast and the details page are clicked with real
// mouse events.
import { chromium } from 'playwright-core';
import { readToast, readToastStamp } from './toast.mjs';
import { PLACEHOLDER_SVG } from './placeholder.mjs';
import { sleep, waitFor } from './util.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const POPUP = 'popup/popup.html';

export async function launchChromium({ extensionDir, origin, executablePath = process.env.CHROMIUM_BIN || '/usr/bin/chromium' }) {
  const profile = mkdtempSync(join(tmpdir(), 'clearpress-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging', // for Extensions.triggerAction
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The fixtures link to their real sites: keep the test offline and fast (photos get a
  // placeholder so the page lays out as it would online).
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== origin,
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ contentType: 'image/svg+xml', body: PLACEHOLDER_SVG })
        : route.abort(),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  const errors = [];
  // The extension's own errors only: the fixtures' scripts fail offline, which is their business.
  const watch = (page) => {
    page.on('console', (m) => {
      const where = m.location()?.url ?? '';
      if (m.type() === 'error' && where.startsWith('chrome-extension://') && !isExpectedCspReport(m.text())) {
        errors.push(`${where}: ${m.text()}`);
      }
    });
  };

  // A page reopened at the same URL: the closed one's tab may still be listed for a moment,
  // so wait until one tab shows the URL.
  async function tabTarget(url) {
    const tabs = async () => (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos.filter((t) => t.url === url);
    const found = await waitFor(tabs, (ts) => ts.length === 1, { timeout: 3000 });
    if (!found.length) throw new Error(`no tab target for ${url}`);
    return found.at(-1).targetId;
  }

  // The page's tab id; a browser page's URL is hidden from the extension (no "tabs"
  // permission, no activeTab there): then the active tab, with the page brought to front.
  async function tabIdOf(page) {
    const tabsAt = () => worker.evaluate(async (url) => (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id), page.url());
    const id = (await waitFor(tabsAt, (ids) => ids.length <= 1, { timeout: 3000 })).at(-1);
    if (id !== undefined) return id;
    await page.bringToFront();
    return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  }

  // The toolbar click: Extensions.triggerAction grants activeTab and fires action.onClicked
  // exactly as a click on the button does.
  async function clickAction(page) {
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTarget(page.url()) });
  }

  // The details page (popup/popup.html) of `page`'s tab, opened in a tab as the button's
  // menu opens it; clicks `button` (an id, or a CSS selector when it starts with a bracket
  // or a dot) and reads it back.
  async function viaDetails(page, button) {
    const tabId = await tabIdOf(page);
    const details = await context.newPage();
    watch(details);
    try {
      await details.goto(`chrome-extension://${extensionId}/${POPUP}?tab=${tabId}`, { waitUntil: 'load' });
      const idle = () => details.evaluate(() => document.readyState === 'complete' && !document.body.hasAttribute('data-busy'));
      if (!(await waitFor(idle, Boolean, { timeout: 15000 }))) throw new Error('the details page stayed busy');
      if (button) {
        await details.locator(/^[.[]/.test(button) ? `button${button}` : `#${button}`).first().click();
        await sleep(50);
        if (!(await waitFor(idle, Boolean, { timeout: 15000 }))) throw new Error('the details page stayed busy');
      }
      return await details.evaluate(readPopup);
    } finally {
      await details.close();
    }
  }

  // What the page's toast says once the command is done; a page with no toast (a browser
  // page) is read through the details page once the button shows the failure.
  async function toastAfter(page, act, done = (s) => s.state === 'on' || s.state === 'problem') {
    const tabId = await tabIdOf(page);
    const before = await page.evaluate(readToastStamp).catch(() => null);
    await act();
    const got = await waitFor(
      async () => {
        const toast = await page.evaluate(readToast).catch(() => null);
        if (toast && toast.stamp !== before && done(toast)) return toast;
        const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }).catch(() => ''), tabId);
        return badge === '!' && !toast ? 'no-toast' : null;
      },
      Boolean,
      { timeout: 15000 },
    );
    if (!got) throw new Error('no toast and no badge after the command');
    return got === 'no-toast' ? viaDetails(page, null) : got;
  }

  // A reader closes the toast (×) before reaching what it covers.
  async function closeToast(page) {
    const close = page.locator('clearpress-toast [data-cp="close"]');
    if (await close.count()) await close.first().click();
  }

  const isOn = (page) => page.evaluate(() => document.documentElement.hasAttribute('data-clearpress'));

  return {
    name: 'chromium',
    // Chromium will not compile wasm in a content script under a CSP without 'wasm-unsafe-eval'.
    expectedVia: (strict) => (strict ? 'background' : 'content'),
    browserPage: 'chrome://version/',
    async open(url) {
      const page = await context.newPage();
      watch(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    eval: (page, fn, ...args) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`),
    type: (page, selector, index, text) => page.locator(selector).nth(index).pressSequentially(text),
    click: (page, selector) => page.locator(selector).first().click(),
    // Playwright's CSS engine pierces open shadow roots: this reaches into the quote panel.
    clickPanel: (page, selector) => page.locator(`clearpress-panel ${selector}`).first().click(),
    press: (page, key) => page.keyboard.press(key),
    // The text of the file a download started by `act()` saves.
    async download(page, act) {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), act()]);
      return readFileSync(await file.path(), 'utf8');
    },
    async readClipboard(page) {
      await context.grantPermissions(['clipboard-read'], { origin });
      return page.evaluate(() => navigator.clipboard.readText());
    },
    // caret: 'initial' — hiding the caret would leave style="" on the focused field.
    // The top of the page: the reader header, the lead photo and the first statements.
    screenshot: (page, path) =>
      page.screenshot({ path, caret: 'initial', fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1400 } }),
    // A real click on the reader toolbar's control (locators pierce open shadow roots).
    clickToolbar: (page, cp) => page.locator(`clearpress-toolbar [data-cp="${cp}"]`).click(),
    viewportShot: (page, path) => page.screenshot({ path, caret: 'initial' }),
    emulatePrint: (page, on) => page.emulateMedia({ media: on ? 'print' : null }),
    // The system's colour preference as the page sees it (CDP Emulation.setEmulatedMedia);
    // null: the browser's own again.
    emulateColorScheme: (page, scheme) => page.emulateMedia({ colorScheme: scheme }),
    // What the reader sees: the viewport, with whatever is fixed in it (the quote panel).
    screenshotViewport(page, path) {
      mkdirSync(dirname(path), { recursive: true });
      return page.screenshot({ path, caret: 'initial' });
    },
    // The toolbar click turns reader mode on; the page's toast says how it went.
    turnOn: (page) => toastAfter(page, () => clickAction(page)),
    highlightAll: (page) => viaDetails(page, 'highlight'),
    // Declutter-only as a user gets there from the toolbar: the click (reader mode on, and
    // activeTab granted; the button's context menu would grant it too, but headless Chromium
    // draws no menu), then the toast's "Hide clutter only".
    async turnOnDeclutter(page) {
      const first = await toastAfter(page, () => clickAction(page));
      if (first.state !== 'on') return first;
      return toastAfter(
        page,
        () => page.locator('clearpress-toast [data-cp="mode"]').first().click(),
        // The switch passes through "off" (reader off, then declutter on): a slow plan can
        // leave that toast up long enough to be read, so only the end state counts.
        (s) => (s.state === 'on' && s.mode === 'declutter') || s.state === 'problem',
      );
    },
    // `button`: the details page's button that turns the current mode off; reader mode goes
    // off with a second toolbar click.
    async turnOff(page, _how, button = 'toggle') {
      if (button !== 'toggle') return viaDetails(page, button);
      await clickAction(page);
      if ((await waitFor(() => isOn(page), (on) => !on, { timeout: 15000 })) !== false) throw new Error('still on after the toolbar click');
      return viaDetails(page, null);
    },
    clickAction,
    readToast: (page) => page.evaluate(readToast),
    // `selector`: inside the toast's shadow root (locators pierce open shadow roots).
    clickToast: (page, selector) => page.locator(`clearpress-toast ${selector}`).first().click(),
    details: (page) => viaDetails(page, null),
    // New windows the details page opened (the toast's "More…").
    async detailsTargets() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/${POPUP}`)).map((t) => t.url);
    },
    closePage: (page) => page.close(),
    // Loads `url` in `page`'s tab (a new document in the same tab).
    navigate: (page, url) => page.goto(url, { waitUntil: 'load' }),
    // Clicks `selector` on the options page; returns the stored settings afterwards.
    async clickInOptions(selector) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/options/options.html`, { waitUntil: 'load' });
        await page.locator(selector).click();
        await sleep(200);
        return await page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
      } finally {
        await page.close();
      }
    },
    // Opens the details page and clicks `selector` in it (its per-item buttons).
    clickInPopup: (page, selector) => viaDetails(page, selector),
    // Right-clicks `selector` in the page (a real contextmenu event; headless Chromium draws
    // no menu), moves the pointer onto `away` if given (where the menu would be), then runs
    // what a click on "Hide this" runs: the menus.onClicked handler. Playwright's CSS engine
    // pierces open shadow roots, so a rule's ` >>> ` step is a descendant step here.
    async hideThis(page, selector, { away } = {}) {
      await closeToast(page);
      await page.locator(selector.replaceAll(' >>> ', ' ')).first().click({ button: 'right' });
      if (away) await page.locator(away).first().hover();
      const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
      await worker.evaluate(
        ([id, url]) => globalThis.clearpressHideThis({ menuItemId: 'clearpress-hide-this', frameId: 0, pageUrl: url }, { id }),
        [tabId, page.url()],
      );
    },
    // Moves the pointer onto `selector` (real mouse events).
    hover: (page, selector) => page.locator(selector.replaceAll(' >>> ', ' ')).first().hover(),
    // Presses keys in the page ('ArrowUp', 'Enter', …).
    async keys(page, ...keys) {
      for (const k of keys) await page.keyboard.press(k);
    },
    // Everything in storage.sync.
    syncStorage: () => worker.evaluate(() => chrome.storage.sync.get(null)),
    setSyncStorage: (items) => worker.evaluate(async (all) => {
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set(all);
    }, items),
    // Runs `fn(...args)` (self-contained, may be async) in the options page.
    async inOptions(fn, ...args) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/options/options.html`, { waitUntil: 'load' });
        await sleep(200);
        return await page.evaluate(`(${fn})(...${JSON.stringify(args)})`);
      } finally {
        await page.close();
      }
    },
    // Per-site auto mode needs the host permission granted in a browser prompt, which
    // headless Chromium cannot answer.
    canGrantHosts: false,
    errors: () => errors.splice(0),
    // name → assigned shortcut ('' when Chromium refused the suggested key).
    async shortcuts() {
      const commands = await worker.evaluate(() => chrome.commands.getAll());
      return Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Chromium logs the CSP refusal of the first (content-script) wasm attempt on strict pages;
// that refusal is what sends the plan to the background.
function isExpectedCspReport(text) {
  return /WebAssembly|wasm-eval|wasm-unsafe-eval/i.test(text);
}

// Runs in the popup.
export function readPopup() {
  const s = document.getElementById('status');
  return {
    state: s.dataset.state,
    via: s.dataset.via,
    title: s.textContent,
    details: document.getElementById('details').textContent,
    items: [...document.querySelectorAll('#items li')].map((li) => ({
      id: Number(li.querySelector('button').dataset.item),
      kind: li.dataset.kind,
      label: li.querySelector('span').textContent,
      hidden: li.dataset.hidden === 'true',
    })),
  };
}
