// The quote panel on one page, in one browser: highlight all → the panel lists the
// statements grouped by the right speakers (scare quotes not listed), n / p and clicks jump
// to quotes, the legend filters the list and the page's highlights, Escape closes; copy
// gives the Markdown with a text-fragment link; a pin survives a reload; turning reader
// mode off leaves the DOM as it was.
import { pageState } from './page-checks.mjs';
import { sleep, waitFor } from './util.mjs';

class Failure extends Error {}
const check = (cond, message) => {
  if (!cond) throw new Failure(message);
};
const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Runs in the page: what the panel shows. */
export function panelState() {
  const host = document.querySelector('clearpress-panel');
  const root = host?.shadowRoot;
  if (!root) return null;
  const aside = root.querySelector('aside');
  const visible = (el) => el && !el.hidden && el.getClientRects().length > 0;
  const groups = [...root.querySelectorAll('section.group')].map((g) => ({
    name: g.querySelector('h3').textContent,
    shown: visible(g),
    quotes: [...g.querySelectorAll('li.quote')].map((li) => ({ id: Number(li.dataset.q), text: li.querySelector('.go').textContent, current: li.hasAttribute('aria-current') })),
  }));
  const legend = [...root.querySelectorAll('.legend button')].map((b) => ({
    label: b.textContent,
    pressed: b.getAttribute('aria-pressed'),
    colour: getComputedStyle(b.querySelector('.swatch')).backgroundColor,
  }));
  const active = root.activeElement;
  return {
    open: visible(aside),
    role: aside?.getAttribute('role'),
    label: aside && root.getElementById(aside.getAttribute('aria-labelledby'))?.textContent,
    fixed: getComputedStyle(host).position,
    launcher: visible(root.querySelector('.launcher')),
    focus: active ? (active.closest('li')?.dataset.q ?? active.className) : null,
    status: root.querySelector('.status')?.textContent ?? '',
    groups,
    legend,
  };
}

/** Runs in the page: quotes marked with `attr`, and whether each one's first piece is in the viewport. */
export function quoteMarks(attr) {
  const ids = [...new Set([...document.querySelectorAll(`clearpress-quote[${attr}]`)].map((p) => p.dataset.q))];
  return ids.map((id) => {
    const r = document.querySelector(`clearpress-quote[data-q="${id}"]`).getBoundingClientRect();
    return { id: Number(id), inView: r.bottom > 0 && r.top < window.innerHeight };
  });
}

/** Runs in the page: the ids of the highlighted quotes whose highlight is coloured. */
export function colouredQuotes() {
  const clear = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
  const on = [...document.querySelectorAll('clearpress-quote[data-on]')];
  return [...new Set(on.filter((p) => !clear(getComputedStyle(p).backgroundColor)).map((p) => Number(p.dataset.q)))].sort((a, b) => a - b);
}

/** Runs in the page: the text of quote `id`. */
export function quoteText(id) {
  return [...document.querySelectorAll(`clearpress-quote[data-q="${id}"]`)].map((p) => p.textContent).join('');
}

/** Runs in the page: the text of quote `id` without its marks (the plan's quote text). */
export function quoteInner(id) {
  const text = [...document.querySelectorAll(`clearpress-quote[data-q="${id}"]`)].map((p) => p.textContent).join('');
  return text.replace(/^[\s"'“”„‚‘’«»‹›「」『』]+|[\s"'“”„‚‘’«»‹›「」『』]+$/g, '');
}

/** Runs in the page: where the first element whose text includes `needle` is. */
export function textInView(needle) {
  const norm = (s) => s.replace(/\s+/g, ' ');
  const el = [...document.querySelectorAll('p, blockquote, li')].find((p) => norm(p.textContent).includes(needle));
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { inView: r.bottom > 0 && r.top < window.innerHeight, top: r.top, scrollY: window.scrollY };
}

/** The parts of a URL's text directive, decoded; null when it has none. */
export function fragmentParts(link) {
  const m = /#:~:text=([^&]*)$/.exec(link);
  if (!m) return null;
  const items = m[1].split(',');
  const parts = {};
  if (items[0].endsWith('-')) parts.prefix = decodeURIComponent(items.shift().slice(0, -1));
  if (items.at(-1).startsWith('-')) parts.suffix = decodeURIComponent(items.pop().slice(1));
  parts.start = decodeURIComponent(items[0]);
  if (items[1] !== undefined) parts.end = decodeURIComponent(items[1]);
  return items.length <= 2 ? parts : null;
}

/**
 * `expect`: {statements: [{contains, speaker}], scare: [phrase]}; `url` is opened twice
 * (the pin check reloads it).
 */
export async function panelScenario(report, driver, { label, url, expect, strict, shot }) {
  let broken = null;
  const step = async (name, fn, { critical = false } = {}) => {
    if (broken) {
      report(`${label}: ${name}`, new Error(`not run: "${broken}" failed`));
      return;
    }
    try {
      report(`${label}: ${name}`, null, await fn());
    } catch (e) {
      report(`${label}: ${name}`, e);
      if (critical) broken = name;
    }
  };
  const state = () => driver.eval(page, panelState);
  let copied = null;
  let page;
  let before;

  await step(
    'reader on, highlight all: the panel opens',
    async () => {
      page = await driver.open(url);
      before = await driver.eval(page, pageState, 'input', 0);
      const popup = await driver.turnOn(page);
      check(popup.state === 'on', `popup says ${popup.state}: ${popup.details}`);
      check(popup.via === driver.expectedVia(strict), `plan via ${popup.via}`);
      await driver.highlightAll(page);
      const s = await waitFor(state, (v) => v?.open, { timeout: 5000 });
      check(s?.open, `panel not open: ${JSON.stringify(s)}`);
      check(s.role === 'complementary' && s.label, `aside role ${s.role}, label ${s.label}`);
      check(s.fixed === 'fixed', `panel host position ${s.fixed}: the panel's stylesheet did not apply`);
      check(s.focus !== null, 'focus is not in the panel');
      if (shot) {
        // The first highlighted statements beside the panel.
        await driver.eval(page, () => document.querySelector('clearpress-quote[data-on]')?.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await sleep(400); // the panel's entrance and the highlights' transitions
        await driver.screenshotViewport(page, shot);
      }
      return `${s.groups.length} groups: ${s.groups.map((g) => `${g.name} (${g.quotes.length})`).join(', ')}`;
    },
    { critical: true },
  );

  await step('statements grouped by the right speakers, scare quotes not listed', async () => {
    const s = await state();
    const listed = s.groups.flatMap((g) => g.quotes.map((q) => ({ ...q, group: g.name })));
    for (const want of expect.statements) {
      const hit = listed.find((q) => norm(q.text).includes(norm(want.contains)));
      check(hit, `not listed: "${want.contains}"`);
      check(hit.group.includes(want.speaker), `"${want.contains}" listed under ${hit.group}, expected ${want.speaker}`);
    }
    for (const phrase of expect.scare) {
      const hit = listed.find((q) => norm(q.text) === norm(phrase));
      check(!hit, `scare quote listed: "${phrase}" under ${hit?.group}`);
    }
    const names = s.groups.map((g) => g.name);
    check(new Set(names).size === names.length, `a speaker listed twice: ${names.join(', ')}`);
    const colours = s.legend.slice(0, 8).map((l) => l.colour);
    check(new Set(colours).size === colours.length, `legend colours not distinct: ${colours.join(', ')}`);
    return `${listed.length} quotes, ${expect.statements.length} statements checked, colours ${colours.join(' ')}`;
  });

  await step('n / p jump to the next and previous quote, which flashes in view', async () => {
    await driver.press(page, 'Escape');
    let s = await waitFor(state, (v) => !v.open, { timeout: 3000 });
    check(!s.open && s.launcher, 'Escape did not close the panel');
    const order = s.groups.flatMap((g) => g.quotes.map((q) => q.id)).sort((a, b) => a - b);
    await driver.press(page, 'n');
    const first = await waitFor(() => driver.eval(page, quoteMarks, 'data-flash'), (v) => v.length === 1 && v[0].inView, { timeout: 4000 });
    check(first.length === 1 && first[0].inView, `after n: flashing ${JSON.stringify(first)}`);
    await sleep(1800); // the flash ends
    await driver.press(page, 'n');
    const second = await waitFor(() => driver.eval(page, quoteMarks, 'data-flash'), (v) => v.length === 1 && v[0].inView, { timeout: 4000 });
    check(second[0]?.id === order[order.indexOf(first[0].id) + 1], `n went from ${first[0].id} to ${second[0]?.id}, order ${order}`);
    await sleep(1800);
    await driver.press(page, 'p');
    const back = await waitFor(() => driver.eval(page, quoteMarks, 'data-flash'), (v) => v.length === 1 && v[0].inView, { timeout: 4000 });
    check(back[0]?.id === first[0].id, `p went to ${back[0]?.id}, expected ${first[0].id}`);
    return `quotes ${first[0].id} → ${second[0].id} → ${back[0].id}`;
  });

  await step('a quote clicked in the panel is scrolled to and flashes', async () => {
    await driver.clickPanel(page, '.launcher');
    let s = await waitFor(state, (v) => v.open, { timeout: 3000 });
    const all = s.groups.flatMap((g) => g.quotes);
    const target = all[all.length - 1];
    await sleep(1800);
    await driver.clickPanel(page, `li.quote[data-q="${target.id}"] button.go`);
    const marks = await waitFor(() => driver.eval(page, quoteMarks, 'data-flash'), (v) => v.length === 1 && v[0].inView, { timeout: 4000 });
    check(marks[0]?.id === target.id && marks[0].inView, `flashing ${JSON.stringify(marks)}, expected ${target.id}`);
    const text = await driver.eval(page, quoteText, target.id);
    check(norm(text).includes(norm(target.text.replace(/…$/, ''))), `page quote "${text}" is not the listed "${target.text}"`);
    s = await state();
    check(s.groups.some((g) => g.quotes.some((q) => q.id === target.id && q.current)), 'the clicked quote is not marked current');
    return `quote ${target.id}: "${target.text.slice(0, 40)}…"`;
  });

  await step('a speaker in the legend shows only theirs, in the panel and on the page', async () => {
    let s = await state();
    const i = s.legend.length > 1 ? 1 : 0;
    const everyone = await driver.eval(page, colouredQuotes);
    const theirs = new Set(s.groups[i].quotes.map((q) => q.id));
    const want = everyone.filter((id) => theirs.has(id));
    check(want.length > 0 && (s.legend.length === 1 || want.length < everyone.length), `coloured before: ${everyone}, ${s.groups[i].name}'s: ${[...theirs]}`);
    await driver.clickPanel(page, `.legend button[data-speaker="${i}"]`);
    s = await state();
    const shown = s.groups.filter((g) => g.shown).map((g) => g.name);
    check(shown.length === 1 && shown[0] === s.groups[i].name, `shown: ${shown.join(', ')}`);
    check(s.legend[i].pressed === 'true', 'legend button not pressed');
    // The colour transition ends before the page is read.
    const only = await waitFor(() => driver.eval(page, colouredQuotes), (v) => v.join() === want.join(), { timeout: 3000 });
    check(only.join() === want.join(), `coloured on the page: ${only}, expected ${s.groups[i].name}'s ${want}`);
    await driver.clickPanel(page, `.legend button[data-speaker="${i}"]`);
    s = await state();
    check(s.groups.every((g) => g.shown), 'clicking again does not show everyone');
    const back = await waitFor(() => driver.eval(page, colouredQuotes), (v) => v.join() === everyone.join(), { timeout: 3000 });
    check(back.join() === everyone.join(), `coloured after the filter is off: ${back}, before ${everyone}`);
    return `only ${shown[0]}: quotes ${want.join(', ')} of ${everyone.join(', ')}`;
  });

  await step('copy: Markdown with speaker, title, site, date and a text-fragment link', async () => {
    const s = await state();
    const want = expect.statements[0];
    const group = s.groups.find((g) => g.quotes.some((q) => norm(q.text).includes(norm(want.contains))));
    const q = group.quotes.find((x) => norm(x.text).includes(norm(want.contains)));
    const quote = norm(await driver.eval(page, quoteInner, q.id));
    await driver.clickPanel(page, `li.quote[data-q="${q.id}"] button.copy`);
    // The clipboard may still hold an earlier page's copy until this one lands: this page's
    // URL (unique per run) tells them apart.
    const md = await waitFor(() => driver.readClipboard(page), (v) => v?.startsWith('> ') && v.includes(`](${url}#`), { timeout: 4000 });
    const lines = (md ?? '').split('\n');
    const first = (lines[0] ?? '').replace(/\\(.)/g, '$1'); // Markdown escapes undone
    check(first === `> ${quote}`, `first line ${JSON.stringify(lines[0])}, quote ${JSON.stringify(quote)}`);
    const source = lines[2] ?? '';
    check(source.startsWith(`> — ${group.name}, [${expect.title}](`), `source line ${JSON.stringify(source)}`);
    check(source.endsWith(`, ${expect.site}, ${expect.date}`), `source line ${JSON.stringify(source)} lacks ", ${expect.site}, ${expect.date}"`);
    const link = source.slice(source.indexOf('](') + 2, source.lastIndexOf(`), ${expect.site}`));
    const parts = fragmentParts(link);
    check(parts, `no text fragment in ${link}`);
    check(link.split('#')[0] === url, `link to ${link.split('#')[0]}, page is ${url}`);
    check(quote.startsWith(parts.start) && quote.endsWith(parts.end ?? parts.start), `fragment ${JSON.stringify(parts)} does not frame the quote`);
    copied = { link, quote };
    return `${md.length} chars; fragment ${JSON.stringify(parts)}`;
  });

  await step('export: every listed quote as Markdown and as JSON', async () => {
    const s = await state();
    const listed = s.groups.flatMap((g) => g.quotes);
    const md = await driver.download(page, () => driver.clickPanel(page, 'button[data-export="md"]'));
    check(md.startsWith(`# ${expect.title}\n`), `Markdown starts ${JSON.stringify(md.slice(0, 80))}`);
    for (const g of s.groups) check(md.includes(`\n## ${g.name}\n`), `no section for ${g.name}`);
    const sources = md.split('\n').filter((l) => l.startsWith('> — '));
    check(sources.length === listed.length, `${sources.length} quotes in the Markdown, ${listed.length} listed`);
    const json = JSON.parse(await driver.download(page, () => driver.clickPanel(page, 'button[data-export="json"]')));
    check(json.title === expect.title && json.quotes?.length === listed.length, `JSON: title ${json.title}, ${json.quotes?.length} quotes`);
    for (const q of json.quotes) {
      const parts = fragmentParts(q.link);
      check(parts && norm(q.text).startsWith(parts.start), `JSON link ${q.link} does not point at "${q.text}"`);
    }
    return `${md.length} chars of Markdown, ${json.quotes.length} quotes in JSON`;
  });

  let pin = null;
  await step('pin a quote', async () => {
    const s = await state();
    const all = s.groups.flatMap((g) => g.quotes);
    pin = all[Math.min(1, all.length - 1)];
    await driver.clickPanel(page, `li.quote[data-q="${pin.id}"] button.pin`);
    const marks = await waitFor(() => driver.eval(page, quoteMarks, 'data-pinned'), (v) => v.length === 1, { timeout: 3000 });
    check(marks.length === 1 && marks[0].id === pin.id, `pinned in the page: ${JSON.stringify(marks)}`);
    return `quote ${pin.id}`;
  });

  await step('reader off: panel gone, DOM identical', async () => {
    const popup = await driver.turnOff(page, 'popup');
    check(popup.state === 'off', `popup says ${popup.state}`);
    const after = await driver.eval(page, pageState, 'input', 0);
    check(after.html === before.html, 'outerHTML differs after reader off');
    return `${before.html.length} chars identical`;
  });

  if (driver.name === 'chromium') {
    await step('the copied link scrolls to the quote when opened (no reader mode)', async () => {
      check(copied, 'nothing was copied');
      await driver.closePage(page);
      page = await driver.open(copied.link);
      const seen = await waitFor(() => driver.eval(page, textInView, copied.quote.slice(0, 40)), (v) => v?.inView, { timeout: 4000 });
      check(seen?.inView, `quote not in view after opening the link: ${JSON.stringify(seen)}`);
      return `scrollY ${seen.scrollY}`;
    });
  }

  await step('reload: the pinned quote is back; reader off: DOM identical', async () => {
    check(pin, 'nothing was pinned');
    if (page !== undefined) await driver.closePage(page);
    page = await driver.open(url);
    const fresh = await driver.eval(page, pageState, 'input', 0);
    const popup = await driver.turnOn(page);
    check(popup.state === 'on', `popup says ${popup.state}`);
    const marks = await waitFor(() => driver.eval(page, quoteMarks, 'data-pinned'), (v) => v.length > 0, { timeout: 3000 });
    const on = await driver.eval(page, quoteMarks, 'data-on');
    check(marks.length === 1 && marks[0].id === pin.id, `pinned after reload: ${JSON.stringify(marks)}, expected ${pin.id}`);
    check(on.some((m) => m.id === pin.id), 'the pinned quote is not highlighted');
    // Unpinned again, so the pin list of this URL is empty at the end.
    await driver.clickPanel(page, '.launcher');
    await driver.clickPanel(page, `li.quote[data-q="${pin.id}"] button.pin`);
    await waitFor(() => driver.eval(page, quoteMarks, 'data-pinned'), (v) => v.length === 0, { timeout: 3000 });
    const off = await driver.turnOff(page, 'popup');
    check(off.state === 'off', `popup says ${off.state}`);
    const after = await driver.eval(page, pageState, 'input', 0);
    check(after.html === fresh.html, 'outerHTML differs after reader off');
    return `quote ${pin.id} pinned again; ${fresh.html.length} chars identical`;
  });

  await step('no errors from the extension', async () => {
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
  });
  if (page !== undefined) await driver.closePage(page);
}
