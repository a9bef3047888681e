// The reader view's look on real pages (Readability.js test pages copied to
// tests/e2e/pages/readability/): every visible article paragraph has exactly the font,
// size, line height, colours and column width of the reader's settings, whatever the site's
// stylesheet says; each toolbar control changes them; the settings carry over to the next
// page (storage.sync); media neither cover text, nor stick out of the column, nor leave a
// blank band; toggling off puts the page back exactly.
import { pageState } from './page-checks.mjs';
import { mediaLayout, paragraphStyles, printView, readerParts, settled, strayText, toolbarState } from './reader-checks.mjs';
import { waitFor } from './util.mjs';

// What the settings must produce. The font stacks and theme colours are the reader
// stylesheet's (extension/reader.css); the steps are extension/shared/settings.js's.
const FONTS = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif',
  sans: '"Source Sans 3", "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
};
const THEMES = {
  light: { ink: 'rgb(35, 33, 30)', paper: 'rgb(251, 249, 244)' },
  sepia: { ink: 'rgb(91, 70, 54)', paper: 'rgb(244, 236, 216)' },
  dark: { ink: 'rgb(230, 225, 214)', paper: 'rgb(29, 28, 26)' },
};
const STEPS = { size: [14, 16, 18, 20, 22, 24, 28, 32], width: [28, 32, 36, 40, 46], leading: [1.3, 1.45, 1.6, 1.8, 2] };
export const DEFAULTS = { font: 'serif', size: 20, width: 36, leading: 1.6, theme: 'auto' };

// Largest blank band allowed between two pieces of content in the column (issue 8).
const GAP_MAX = 100;

class Failure extends Error {}
const check = (cond, message) => {
  if (!cond) throw new Failure(message);
};
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `outerHTML differs at ${i}: before …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))}, after …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}`;
}
const family = (f) => f.replace(/["']/g, '').replace(/\s*,\s*/g, ',').trim();
const step = (name, value, dir) => STEPS[name][STEPS[name].indexOf(value) + dir];

/** Compares what the page computed with what `want` (the settings) requires. */
function mismatches(got, want) {
  const theme = THEMES[want.theme === 'auto' ? (got.dark ? 'dark' : 'light') : want.theme];
  const columnWant = Math.min(want.width * want.size, got.viewport - 2.5 * want.size);
  const bad = [];
  if (Math.abs(got.column.width - columnWant) > 1) bad.push(`column ${got.column.width.toFixed(1)} px, want ${columnWant}`);
  for (const p of got.paragraphs) {
    const wrong = [];
    if (family(p.fontFamily) !== family(FONTS[want.font])) wrong.push(`font-family ${p.fontFamily}`);
    if (p.fontSize !== `${want.size}px`) wrong.push(`font-size ${p.fontSize}`);
    if (Math.abs(parseFloat(p.lineHeight) - want.size * want.leading) > 0.6) wrong.push(`line-height ${p.lineHeight}`);
    if (p.color !== theme.ink) wrong.push(`color ${p.color}`);
    if (p.fill !== null && p.fill !== theme.ink) wrong.push(`text fill ${p.fill}`);
    if (p.background !== theme.paper) wrong.push(`background ${p.background}`);
    if (p.left < got.column.left - 1 || p.right > got.column.right + 1) wrong.push(`outside the column (${p.left.toFixed(0)}–${p.right.toFixed(0)})`);
    if (!p.nested && Math.abs(p.width - got.column.width) > 1) wrong.push(`width ${p.width.toFixed(1)}`);
    if (wrong.length) bad.push(`"${p.text}": ${wrong.join(', ')}`);
  }
  return bad;
}

async function styleCheck(driver, page, want) {
  const got = await driver.eval(page, paragraphStyles);
  check(got, 'no article in the page');
  check(got.paragraphs.length > 0, 'no visible article paragraph');
  const bad = mismatches(got, want);
  check(bad.length === 0, `${bad.length} mismatches: ${bad.slice(0, 4).join(' | ')}`);
  return got.paragraphs.length;
}

// The toolbar controls that change one setting, and what the settings become.
function changeFor(i, want) {
  const changes = [
    () => ({ cp: `font-${want.font === 'serif' ? 'sans' : 'serif'}`, next: { ...want, font: want.font === 'serif' ? 'sans' : 'serif' } }),
    () => {
      const dir = want.size >= 22 ? -1 : 1;
      return { cp: `size-${dir < 0 ? 'down' : 'up'}`, next: { ...want, size: step('size', want.size, dir) } };
    },
    () => {
      const dir = want.width >= 40 ? -1 : 1;
      return { cp: `width-${dir < 0 ? 'down' : 'up'}`, next: { ...want, width: step('width', want.width, dir) } };
    },
    () => {
      const dir = want.leading >= 1.8 ? -1 : 1;
      return { cp: `leading-${dir < 0 ? 'down' : 'up'}`, next: { ...want, leading: step('leading', want.leading, dir) } };
    },
    () => {
      const order = ['sepia', 'dark', 'light', 'auto'];
      const theme = order[(order.indexOf(want.theme) + 1) % order.length];
      return { cp: `theme-${theme}`, next: { ...want, theme } };
    },
  ];
  return changes[i % changes.length]();
}

/**
 * One corpus page: on, the settings as stored (`state.want`) checked, one control changed
 * and checked (all of them, one after another, when `allControls`), media layout, off.
 * `state.want` carries the settings to the next page, as storage.sync must.
 */
export async function typographyScenario(report, driver, { label, url, state, index, allControls, shots, offVia, parts }) {
  let page;
  let before;
  let broken = null;
  const run = async (name, fn) => {
    if (broken) {
      report(`${label}: ${name}`, new Error(`not run: "${broken}" failed`));
      return;
    }
    try {
      report(`${label}: ${name}`, null, await fn());
    } catch (e) {
      report(`${label}: ${name}`, e);
      if (name.startsWith('!')) broken = name;
    }
  };

  await run('! reader on with its toolbar', async () => {
    page = await driver.open(url);
    await driver.eval(page, settled, 3500, 8000);
    before = await driver.eval(page, pageState, 'input', 0);
    const popup = await driver.turnOn(page);
    check(popup.state === 'on', `popup says ${popup.state}: ${popup.title} ${popup.details}`);
    const bar = await waitFor(() => driver.eval(page, toolbarState), (b) => b !== null, { timeout: 5000 });
    check(bar, 'no toolbar in the page');
    check(bar.visible, `toolbar not visible (display ${bar.display})`);
    check(bar.label && bar.buttons.every((b) => b.label && b.focusable), `toolbar without labels or focusable controls: ${JSON.stringify(bar.buttons)}`);
    // The bar is styled: a pressed button looks different from the others.
    const on = bar.buttons.find((b) => b.pressed === 'true');
    const off = bar.buttons.find((b) => b.pressed === 'false');
    check(on && off && on.background !== off.background, `pressed and unpressed buttons look alike (${on?.background})`);
    return `reading time "${bar.reading ?? 'none'}", ${bar.buttons.length} controls`;
  });

  await run('paragraphs have the stored settings', async () => {
    const n = await styleCheck(driver, page, state.want);
    return `${n} paragraphs, ${JSON.stringify(state.want)}`;
  });

  // Every control once (font, size, width, line height, each theme, font back), or one per page.
  const order = allControls ? [0, 1, 2, 3, 4, 4, 4, 4, 0] : [index];
  for (const k of order) {
    const { cp, next } = changeFor(k, state.want);
    await run(`toolbar ${cp} changes the paragraphs`, async () => {
      const was = await driver.eval(page, paragraphStyles);
      await driver.clickToolbar(page, cp);
      // Stored from here on, whatever the checks below find: the next page must show it.
      state.want = next;
      const got = await waitFor(
        () => driver.eval(page, paragraphStyles),
        (g) => mismatches(g, next).length === 0,
        { timeout: 3000 },
      );
      const bad = mismatches(got, next);
      check(bad.length === 0, `${bad.length} mismatches after ${cp}: ${bad.slice(0, 4).join(' | ')}`);
      // The setting did change what the page shows (not only what the test expects).
      const a = was.paragraphs[0];
      const b = got.paragraphs[0];
      const changed = ['fontFamily', 'fontSize', 'lineHeight', 'color', 'background'].some((k) => a[k] !== b[k]) || a.width !== b.width;
      check(changed || next.theme === 'auto', `nothing changed: ${JSON.stringify(a)}`);
      const bar = await driver.eval(page, toolbarState);
      const pressed = bar.buttons.filter((x) => x.pressed === 'true').map((x) => x.cp);
      check(pressed.includes(`font-${next.font}`) && pressed.includes(`theme-${next.theme}`), `pressed: ${pressed}`);
      return `${got.paragraphs.length} paragraphs now ${b.fontSize}/${b.lineHeight} ${family(b.fontFamily).split(',')[0]} ${b.color} on ${b.background}, column ${got.column.width.toFixed(0)} px`;
    });
  }

  await run('media fit the column', async () => {
    const m = await driver.eval(page, mediaLayout);
    check(m.overlaps.length === 0, `images over text: ${m.overlaps.slice(0, 3).join(' | ')}`);
    check(m.outside.length === 0, `media outside the column: ${m.outside.slice(0, 3).join(' | ')}`);
    check(m.wide.length === 0, `tables or code wider than the column: ${m.wide.slice(0, 3).join(' | ')}`);
    check(m.gap.height <= GAP_MAX, `blank band of ${m.gap.height} px at y=${m.gap.at}, between ${m.gap.between}`);
    return `${m.media} media, ${m.paragraphs} paragraphs, largest blank band ${m.gap.height} px`;
  });

  await run('nothing but the column is drawn', async () => {
    const stray = await driver.eval(page, strayText);
    check(stray, 'no article in the page');
    check(stray.length === 0, `text outside the article: ${stray.slice(0, 3).join(' | ')}`);
    return 'no loose text';
  });

  if (parts) {
    await run('captions, gallery, headings and embedded post as a reader expects', async () => {
      const bad = await driver.eval(page, readerParts);
      check(bad.length === 0, bad.join(' | '));
      return 'caption under its photo, gallery without bullets, headings without [edit], post as a quote';
    });
  }

  if (driver.emulateColorScheme) {
    await run("the system's dark preference", async () => {
      await driver.emulateColorScheme(page, 'dark');
      try {
        const got = await waitFor(() => driver.eval(page, paragraphStyles), (g) => g.dark, { timeout: 3000 });
        check(got.dark, 'the page does not see the dark preference');
        const bad = mismatches(got, state.want);
        check(bad.length === 0, `${bad.length} mismatches under a dark system: ${bad.slice(0, 4).join(' | ')}`);
        const p = got.paragraphs[0];
        return `theme ${state.want.theme}: ${p.color} on ${p.background}`;
      } finally {
        await driver.emulateColorScheme(page, null);
      }
    });
  }

  if (driver.emulatePrint) {
    await run('print shows the article alone, black on white', async () => {
      await driver.emulatePrint(page, true);
      try {
        const v = await driver.eval(page, printView);
        check(v.toolbar === 'none', `toolbar display ${v.toolbar} in print`);
        check(v.color === 'rgb(0, 0, 0)', `text ${v.color} in print`);
        check(v.paper === 'rgb(255, 255, 255)', `paper ${v.paper} in print`);
        return 'toolbar hidden, #000 on #fff';
      } finally {
        await driver.emulatePrint(page, false);
      }
    });
  }

  for (const [theme, path] of shots ?? []) {
    await run(`screenshot (${theme}) → ${path}`, async () => {
      const bar = await driver.eval(page, toolbarState);
      if (!bar.buttons.find((b) => b.cp === `theme-${theme}` && b.pressed === 'true')) {
        await driver.clickToolbar(page, `theme-${theme}`);
        state.want = { ...state.want, theme };
      }
      await driver.eval(page, () => window.scrollTo({ top: 0, behavior: 'instant' }));
      await driver.viewportShot(page, path);
    });
  }

  await run(offVia === 'toolbar' ? 'the toolbar\'s "original page" turns reader mode off, page restored' : 'reader off restores the page', async () => {
    if (offVia === 'toolbar') {
      await driver.clickToolbar(page, 'original');
      const off = await waitFor(() => driver.eval(page, () => document.documentElement.hasAttribute('data-clearpress')), (v) => !v);
      check(!off, 'still on after the toolbar link');
    } else {
      const popup = await driver.turnOff(page, 'command');
      check(popup.state === 'off', `popup says ${popup.state}`);
    }
    const after = await driver.eval(page, pageState, 'input', 0);
    check(after.html === before.html, firstDifference(before.html, after.html));
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
    return `${before.html.length} chars identical`;
  });

  if (page !== undefined) await driver.closePage(page);
}
