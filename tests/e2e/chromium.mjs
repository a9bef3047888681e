// Chromium driver (playwright-core). The toolbar click is real: CDP's
// Extensions.triggerAction opens the extension's action popup on the page's tab (granting
// activeTab exactly as a click does), and the popup's own buttons are clicked with real
// mouse events.
import { chromium } from 'playwright-core';
import { TargetSession } from './cdp-target.mjs';
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

  async function tabTarget(url) {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab target for ${url}`);
    return tab.targetId;
  }

  async function popupTargets() {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/${POPUP}`));
  }

  // Clicks the toolbar button for `page`'s tab, then (optionally) one of the popup's buttons
  // (an id, or a CSS selector when it starts with a bracket or a dot).
  async function viaPopup(page, button) {
    const old = new Set((await popupTargets()).map((t) => t.targetId));
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTarget(page.url()) });
    const found = await waitFor(popupTargets, (ts) => ts.some((t) => !old.has(t.targetId)), { timeout: 15000 });
    const target = found.find((t) => !old.has(t.targetId));
    if (!target) throw new Error('the action popup did not open');
    const popup = await TargetSession.attach(cdp, target.targetId);
    try {
      const idle = () => popup.eval(() => document.readyState === 'complete' && !document.body.hasAttribute('data-busy'));
      if (!(await waitFor(idle, Boolean, { timeout: 15000 }))) throw new Error('the popup stayed busy');
      if (button) {
        await popup.click(/^[.[]/.test(button) ? `button${button}` : `#${button}`);
        await sleep(50);
        if (!(await waitFor(idle, Boolean, { timeout: 15000 }))) throw new Error('the popup stayed busy');
      }
      return await popup.eval(readPopup);
    } finally {
      await popup.close();
    }
  }

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
    turnOn: (page) => viaPopup(page, null), // opening the popup turns reader mode on
    highlightAll: (page) => viaPopup(page, 'highlight'),
    // Opening the popup turns reader mode on; its declutter button switches to declutter-only.
    turnOnDeclutter: (page) => viaPopup(page, 'declutter'),
    // `button`: the popup button that turns the current mode off.
    turnOff: (page, _how, button = 'toggle') => viaPopup(page, button),
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
    // Opens the popup and clicks `selector` in it (the popup's per-item buttons).
    clickInPopup: (page, selector) => viaPopup(page, selector),
    // Right-clicks `selector` in the page (a real contextmenu event; headless Chromium draws
    // no menu), moves the pointer onto `away` if given (where the menu would be), then runs
    // what a click on "Hide this" runs: the menus.onClicked handler. Playwright's CSS engine
    // pierces open shadow roots, so a rule's ` >>> ` step is a descendant step here.
    async hideThis(page, selector, { away } = {}) {
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
