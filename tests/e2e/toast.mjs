// The toolbar click without a popup: the click turns reader mode on at once and the page's
// toast (extension/content/toast.js) reports afterwards, with the choices the popup had —
// declutter-only, what was hidden by category with "undo this one", off, and "More…".
import { textVisibility } from './page-checks.mjs';
import { waitFor } from './util.mjs';

class Failure extends Error {}
const check = (cond, message) => {
  if (!cond) throw new Failure(message);
};

/** Runs in the page: the toast as a reader sees it, or null. */
export function readToast() {
  const box = document.querySelector('clearpress-toast')?.shadowRoot?.querySelector('[part~="toast"]');
  if (!box) return null;
  return {
    state: box.dataset.state,
    via: box.dataset.via,
    mode: box.dataset.mode,
    stamp: box.dataset.stamp,
    title: box.querySelector('[part~="title"]')?.textContent ?? '',
    details: box.querySelector('[part~="details"]')?.textContent ?? '',
    buttons: [...box.querySelectorAll('[part~="actions"] button')].map((b) => b.dataset.cp),
    listOpen: box.querySelector('[part~="items"]')?.hidden === false,
    items: [...box.querySelectorAll('[part~="items"] li')].map((li) => ({
      id: Number(li.querySelector('button').dataset.item),
      kind: li.dataset.kind,
      label: li.querySelector('span').textContent,
      hidden: li.dataset.hidden === 'true',
    })),
  };
}

/** Runs in the page: which report the toast shows (null without a toast). */
export function readToastStamp() {
  return document.querySelector('clearpress-toast')?.shadowRoot?.querySelector('[part~="toast"]')?.dataset.stamp ?? null;
}

const rootMode = () => document.documentElement.getAttribute('data-clearpress');

/**
 * One page through the toast's controls: toolbar click → toast on; switch to declutter-only
 * (where everything hidden is listed: reader mode lists only what its column would show);
 * the hidden list opened, one item shown again and hidden again; back to reader mode; where
 * the driver can see new windows, "More…" opens the details page; off from the toast (page
 * restored, toast gone).
 */
export async function toastScenario(report, driver, { label, url, clutter }) {
  let page;
  const step = async (name, fn) => {
    try {
      report(`${label}: ${name}`, null, await fn());
    } catch (e) {
      report(`${label}: ${name}`, e);
    }
  };
  const toast = () => driver.eval(page, readToast);
  const until = (ok, what) =>
    waitFor(toast, (t) => !!t && ok(t), { timeout: 10000 }).then((t) => {
      check(t && ok(t), `${what}: toast ${JSON.stringify(t)}`);
      return t;
    });
  let html;
  await step('toolbar click: reader on at once, the toast reports', async () => {
    page = await driver.open(url);
    html = await driver.eval(page, () => document.documentElement.outerHTML);
    const t = await driver.turnOn(page);
    check(t.state === 'on' && t.mode === 'reader', `toast: ${JSON.stringify(t)}`);
    for (const cp of ['mode', 'off', 'more']) check(t.buttons.includes(cp), `no ${cp} button: ${t.buttons}`);
    return `"${t.title}" — "${t.details}"`;
  });
  if (!page) return;
  await step('switch to declutter-only', async () => {
    await driver.clickToast(page, '[data-cp="mode"]');
    await until((t) => t.mode === 'declutter', 'not declutter-only');
    check((await driver.eval(page, rootMode)) === 'declutter', 'page not in declutter-only mode');
    const rows = await driver.eval(page, textVisibility, clutter);
    check(rows.every((r) => r.visible === 0), 'clutter visible in declutter-only mode');
  });
  await step('"Hidden on this page": undo this one, hide again', async () => {
    await driver.clickToast(page, '[data-cp="items"]');
    const open = await until((t) => t.listOpen && t.items.length > 0, 'list not open');
    const item = open.items.find((i) => i.hidden);
    check(item, 'no hidden item listed');
    await driver.clickToast(page, `[data-item="${item.id}"]`);
    await until((t) => t.items.some((i) => i.id === item.id && !i.hidden), 'item not shown again');
    await driver.clickToast(page, `[data-item="${item.id}"]`);
    await until((t) => t.items.some((i) => i.id === item.id && i.hidden), 'item not hidden again');
    return `${open.items.length} items; ${item.kind} "${item.label.slice(0, 40)}"`;
  });
  await step('back to reader mode', async () => {
    await driver.clickToast(page, '[data-cp="mode"]');
    await until((t) => t.mode === 'reader', 'not reader again');
    check((await driver.eval(page, rootMode)) === 'on', 'page not in reader mode');
  });
  if (driver.detailsTargets) {
    await step('"More…" opens the details page for this tab', async () => {
      const before = new Set(await driver.detailsTargets());
      await driver.clickToast(page, '[data-cp="more"]');
      const after = await waitFor(driver.detailsTargets, (ts) => ts.some((u) => !before.has(u)), { timeout: 5000 });
      const opened = after.find((u) => !before.has(u));
      check(opened && /\?tab=\d+$/.test(opened), `opened ${opened ?? 'nothing'}`);
      return opened.replace(/^.*\//, '');
    });
  }
  await step('off from the toast: page restored, toast gone', async () => {
    await driver.clickToast(page, '[data-cp="off"]');
    const gone = await waitFor(toast, (t) => t === null, { timeout: 10000 });
    check(gone === null, 'toast still shown');
    const after = await driver.eval(page, () => document.documentElement.outerHTML);
    check(after === html, 'page differs from before reader mode');
  });
  await step('no errors from the extension', async () => {
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
  });
  await driver.closePage(page);
}
