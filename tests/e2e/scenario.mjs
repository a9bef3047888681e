// One page through reader mode and back, in one browser, as a list of named checks.
import { findStatement, pageState, readerMarks, scrollDown, textVisibility } from './page-checks.mjs';
import { sleep, waitFor } from './util.mjs';

// Text fields a reader might have typed into before switching reader mode on.
const FIELDS = 'input[type=search], input[type=text], input[type=email], input:not([type]), textarea';

function firstVisibleField(selector) {
  const all = [...document.querySelectorAll(selector)];
  return all.findIndex((el) => el.getClientRects().length > 0 && el.checkVisibility());
}

class Failure extends Error {}
const check = (cond, message) => {
  if (!cond) throw new Failure(message);
};
const short = (s, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `outerHTML differs at ${i}: before …${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))}, after …${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}

/**
 * Runs the checks for one fixture. `report(label, error|null, note)` prints one line per
 * check. `full` adds the quote checks (seed fixture); `shot` is a screenshot path.
 */
export async function readerScenario(report, driver, { label, url, expect, strict, full, shot, offHow }) {
  let broken = null; // the check whose failure makes the rest meaningless
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

  let page;
  let before;
  let field = -1;
  await step(
    'page loads; type into a field; scroll down',
    async () => {
      page = await driver.open(url);
      field = await driver.eval(page, firstVisibleField, FIELDS);
      if (field >= 0) await driver.type(page, FIELDS, field, 'typed before reader mode');
      // Firefox scrolls the caret into view a moment after typing: let that settle first.
      await sleep(300);
      await driver.eval(page, scrollDown, 700);
      await sleep(300);
      before = await driver.eval(page, pageState, FIELDS, field);
      check(field < 0 || before.input === 'typed before reader mode', `typed value not in the field: ${before.input}`);
      return field >= 0 ? `field #${field}, scrollY ${before.scroll[1]}` : `no text field, scrollY ${before.scroll[1]}`;
    },
    { critical: true },
  );

  await step(
    'reader on',
    async () => {
      const popup = await driver.turnOn(page);
      check(popup.state === 'on', `popup says ${popup.state}: ${popup.title} ${popup.details}`);
      const marks = await driver.eval(page, readerMarks);
      check(marks.on && marks.article === 1, `page marks: ${JSON.stringify(marks)}`);
      const want = driver.expectedVia(strict);
      check(popup.via === want, `plan computed via ${popup.via}, expected ${want}`);
      return `plan via ${popup.via}; popup: "${popup.details}"`;
    },
    { critical: true },
  );

  await step('clutter hidden, still in the DOM', async () => {
    const rows = await driver.eval(page, textVisibility, expect.clutter.map((c) => c.contains));
    const deleted = rows.filter((r) => !r.inDom).map((r) => r.needle);
    const shown = rows.filter((r) => r.visible > 0).map((r) => r.needle);
    check(deleted.length === 0, `deleted from the DOM: ${deleted.map((s) => JSON.stringify(short(s))).join(', ')}`);
    check(shown.length === 0, `still visible: ${shown.map((s) => JSON.stringify(short(s))).join(', ')}`);
    return `${rows.length} strings`;
  });

  await step('article paragraphs visible', async () => {
    const rows = await driver.eval(page, textVisibility, expect.paragraphs);
    const hidden = rows.filter((r) => r.visible === 0).map((r) => r.needle);
    check(hidden.length === 0, `not visible: ${hidden.map((s) => JSON.stringify(short(s))).join(', ')}`);
    return `${rows.length} paragraphs`;
  });

  if (full) {
    await step('clicking a statement highlights it', async () => {
      const want = expect.statements[0];
      const q = await driver.eval(page, findStatement, want.contains);
      check(q, 'no clearpress-quote[data-kind=statement] in the page');
      check(!q.on, 'statement already highlighted before the click');
      await driver.click(page, q.selector);
      // The highlight fades in (a short CSS transition): poll until it shows.
      const after = await waitFor(
        () => driver.eval(page, findStatement, want.contains),
        (v) => v.on && v.background !== q.background,
        { timeout: 3000 },
      );
      check(after.on, 'no data-on after the click');
      check(after.background !== q.background, `background unchanged (${after.background})`);
      if (shot) {
        await sleep(300); // let the highlight's transition finish
        await driver.screenshot(page, shot);
      }
      return `speaker ${after.speaker ?? 'none'} (title "${after.title}"), background ${q.background} → ${after.background}`;
    });

    await step('"Highlight all statements" highlights every statement', async () => {
      const popup = await driver.highlightAll(page);
      const marks = await driver.eval(page, readerMarks);
      check(marks.statements > 0 && marks.statementsOn === marks.statements, `${marks.statementsOn} of ${marks.statements} highlighted`);
      return `${marks.statements} statement pieces; popup: "${popup.details}"`;
    });
  }

  await step('reader off restores DOM, typed value, scroll position and focus', async () => {
    const popup = await driver.turnOff(page, offHow);
    check(popup.state === 'off', `after turning off the popup says ${popup.state}`);
    const after = await driver.eval(page, pageState, FIELDS, field);
    check(after.html === before.html, firstDifference(before.html, after.html));
    check(after.input === before.input, `field value ${JSON.stringify(after.input)}, was ${JSON.stringify(before.input)}`);
    check(
      after.scroll[0] === before.scroll[0] && after.scroll[1] === before.scroll[1],
      `scroll ${after.scroll}, was ${before.scroll}`,
    );
    check(after.focus === before.focus, `focus on element #${after.focus}, was #${before.focus}`);
    return `${before.html.length} chars identical`;
  });

  await step('no errors from the extension', async () => {
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
  });

  if (page !== undefined) await driver.closePage(page);
}

/**
 * A page where reader mode cannot or should not run: the popup must say why, and a page we
 * can read back must be left exactly as it was.
 */
export async function refusalScenario(report, driver, { label, url, reason, inspectable }) {
  try {
    const page = await driver.open(url);
    const before = inspectable ? await driver.eval(page, pageState, 'input', 0) : null;
    const popup = await driver.turnOn(page);
    check(popup.state === 'problem', `popup state ${popup.state}: ${popup.title} ${popup.details}`);
    check(reason.test(popup.details), `popup says "${popup.details}"`);
    if (inspectable) {
      const after = await driver.eval(page, pageState, 'input', 0);
      check(after.html === before.html, firstDifference(before.html, after.html));
    }
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
    await driver.closePage(page);
    report(`${label}: popup explains, page untouched`, null, `"${popup.details}"`);
  } catch (e) {
    report(`${label}: popup explains, page untouched`, e);
  }
}
