// Late content and declutter-only mode on the late-widgets page (tests/e2e/pages/): a comment
// system mounted 1 s after clearpress turns on, and a membership appeal placed inside the
// article 2 s later. Each must be hidden once inserted; toggling off must leave the page as
// the site alone would have made it; declutter-only mode must keep the article where it was.
import { pageState, textVisibility } from './page-checks.mjs';
import { sleep, waitFor } from './util.mjs';

const COMMENT_TEXT = ['Late comment widget text one.', 'Late comment widget text two.', 'Leave a Reply'];
const APPEAL_TEXT = ['late appeal text', '$8,420 of $15,000 raised'];
const NEWSLETTER_TEXT = ['late newsletter text'];
const VIDEO_TEXT = ['late video text'];
const SIDEBAR_TEXT = ['$6,210 of our $10,000 spring goal raised'];
const ARTICLE_TEXT = [
  'The regional transport board voted on Tuesday',
  'Islanders who attended the meeting said the change',
  'The operator said it had advertised four deckhand positions',
  'Board members agreed to revisit the timetable in March',
  "The island's school, which has eleven pupils",
];

class Failure extends Error {}
const check = (cond, message) => {
  if (!cond) throw new Failure(message);
};

// Runs in the page: the late widgets' insertion and hiding times (see late.js).
function lateWidgets() {
  return JSON.parse(JSON.stringify(window.lateWidgets ?? {}));
}

// Runs in the page: the article's box in page coordinates.
function articleBox() {
  const r = document.querySelector('article').getBoundingClientRect();
  return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10);
}

// Runs in the page: where the article's own parts are (heading, byline, paragraphs, share
// bar: every element of it that takes up room and is not hidden), in page coordinates.
function articleParts() {
  const parts = [...document.querySelectorAll('article > *, .entry-content > *')].filter(
    (el) => !el.closest('[data-clearpress-hidden]') && el.getBoundingClientRect().height > 0,
  );
  return parts.map((el) => {
    const r = el.getBoundingClientRect();
    const box = [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10);
    return `${el.localName}${el.className ? `.${el.className}` : ''} ${box.join(',')}`;
  });
}

// Runs in the page: starts the site's late widgets (on a page where clearpress never runs,
// or one that holds them until the test is ready).
function startWidgetsAlone() {
  window.lateWidgetsStart();
}

async function hiddenAfterInsertion(driver, page, name, needles) {
  const got = await waitFor(
    () => driver.eval(page, lateWidgets),
    (w) => w[name]?.hidden != null,
    { timeout: 10000 },
  );
  check(got[name], `the page never inserted its ${name}`);
  check(got[name].hidden != null, `${name} not hidden within 10 s of its insertion`);
  const rows = await driver.eval(page, textVisibility, needles);
  const shown = rows.filter((r) => !r.inDom || r.visible > 0).map((r) => r.needle);
  check(shown.length === 0, `still visible (or gone from the DOM): ${shown.join(', ')}`);
  return got[name].latency;
}

/**
 * One run on the late page in `mode` ('reader' or 'declutter'). Prints the insertion→hidden
 * latency of each widget (the bench measures it properly; no timing is asserted here).
 */
export async function lateScenario(report, driver, { label, url, strict, mode, latencies }) {
  const step = async (name, fn) => {
    try {
      report(`${label}: ${name}`, null, await fn());
      return true;
    } catch (e) {
      report(`${label}: ${name}`, e);
      return false;
    }
  };
  // Declutter-only mode: the page holds its widgets until the layout is measured with none of
  // them in it (an eval between a widget's insertion and its hiding would see it in place),
  // and the layout is measured again once all of them have been hidden.
  const hold = mode === 'declutter';
  const page = await driver.open(hold ? `${url}&hold=1` : url);
  let box;
  let parts;
  const on = await step(`${mode} on`, async () => {
    box = await driver.eval(page, articleBox);
    const popup = mode === 'declutter' ? await driver.turnOnDeclutter(page) : await driver.turnOn(page);
    check(popup.state === 'on', `popup says ${popup.state}: ${popup.title} ${popup.details}`);
    const want = driver.expectedVia(strict);
    check(popup.via === want, `plan computed via ${popup.via}, expected ${want}`);
    // The page's share bar has a closed shadow root: the popup must say it was not analysed.
    check(/closed shadow root/i.test(popup.details), `popup does not name the closed shadow root: ${popup.details}`);
    const rows = await driver.eval(page, textVisibility, [...SIDEBAR_TEXT, ...ARTICLE_TEXT]);
    check(rows[0].visible === 0, 'the sidebar appeal is visible');
    const hidden = rows.slice(1).filter((r) => r.visible === 0);
    check(hidden.length === 0, `article text hidden: ${hidden.map((r) => r.needle).join(', ')}`);
    return `plan via ${popup.via}; popup: "${popup.title}. ${popup.details}"`;
  });
  if (on && mode === 'declutter') {
    await step("declutter-only keeps the page's layout", async () => {
      const after = await driver.eval(page, articleBox);
      check(JSON.stringify(after) === JSON.stringify(box), `article box ${after}, was ${box}`);
      parts = await driver.eval(page, articleParts);
      return `article box ${after.join(', ')}`;
    });
  }
  if (hold) await driver.eval(page, startWidgetsAlone);
  if (on) {
    const late = [['comments', COMMENT_TEXT], ['appeal', APPEAL_TEXT], ['newsletter', NEWSLETTER_TEXT], ['video', VIDEO_TEXT]];
    for (const [name, needles] of late) {
      await step(`late ${name} hidden after insertion`, async () => {
        const ms = await hiddenAfterInsertion(driver, page, name, needles);
        latencies.push(ms);
        return `insertion → hidden ${ms.toFixed(1)} ms`;
      });
    }
    if (hold) {
      // The article's box may end lower or higher once a widget's own container is hidden
      // (Firefox: 17 px more when the page's empty comment mount goes); its parts may not move.
      await step("declutter-only keeps the article's parts in place with the late widgets hidden", async () => {
        const now = await driver.eval(page, articleParts);
        check(parts && now.length === parts.length, `parts ${JSON.stringify(now)}, were ${JSON.stringify(parts)}`);
        const moved = now.filter((p, i) => p !== parts[i]);
        check(moved.length === 0, `moved: ${moved.join(' | ')}; were ${parts.join(' | ')}`);
        return `${now.length} parts in place`;
      });
    }
    await step('article text still visible', async () => {
      const rows = await driver.eval(page, textVisibility, ARTICLE_TEXT);
      const hidden = rows.filter((r) => r.visible === 0).map((r) => r.needle);
      check(hidden.length === 0, `not visible: ${hidden.join(', ')}`);
    });
    await step('off leaves the page as the site alone made it', async () => {
      const popup = await driver.turnOff(page, 'popup', mode === 'declutter' ? 'declutter' : 'toggle');
      check(popup.state === 'off', `after turning off the popup says ${popup.state}`);
      const after = await driver.eval(page, pageState, 'input', 0);
      // The same page in a fresh load, its widgets started without clearpress.
      const alone = await driver.open(`${url}&alone=1`);
      await driver.eval(alone, startWidgetsAlone);
      await waitFor(() => driver.eval(alone, lateWidgets), (w) => w.video != null, { timeout: 10000 });
      const expected = await driver.eval(alone, pageState, 'input', 0);
      if (alone !== page) await driver.closePage(alone);
      check(after.html === expected.html, 'the page after toggle-off differs from the page without clearpress');
      return `${after.html.length} chars identical`;
    });
  }
  await step('no errors from the extension', async () => {
    const errors = await driver.errors();
    check(errors.length === 0, errors.join(' | '));
  });
  await sleep(0);
  await driver.closePage(page);
}

/**
 * The options page's categories: with comment sections unticked, declutter-only mode still
 * hides the sidebar appeal but leaves the late comment widget alone; ticked again after.
 */
export async function categoriesScenario(report, driver, { label, url }) {
  const step = async (name, fn) => {
    try {
      report(`${label}: ${name}`, null, await fn());
    } catch (e) {
      report(`${label}: ${name}`, e);
    }
  };
  await step('unticking "comment sections" on the options page keeps late comments', async () => {
    const settings = await driver.clickInOptions('#cat-comments');
    check(settings?.categories?.comments === false, `stored settings: ${JSON.stringify(settings)}`);
    const page = await driver.open(url);
    try {
      const popup = await driver.turnOnDeclutter(page);
      check(popup.state === 'on', `popup says ${popup.state}: ${popup.title} ${popup.details}`);
      const side = await driver.eval(page, textVisibility, SIDEBAR_TEXT);
      check(side[0].visible === 0, 'the sidebar appeal is visible');
      const w = await waitFor(() => driver.eval(page, lateWidgets), (v) => v.comments != null, { timeout: 10000 });
      check(w.comments, 'the page never inserted its comments');
      await sleep(500);
      const rows = await driver.eval(page, textVisibility, COMMENT_TEXT);
      const hidden = rows.filter((r) => r.visible === 0).map((r) => r.needle);
      check(hidden.length === 0, `hidden although the reader keeps comments: ${hidden.join(', ')}`);
      const off = await driver.turnOff(page, 'popup', 'declutter');
      check(off.state === 'off', `after turning off the popup says ${off.state}`);
      return `popup: "${popup.details}"`;
    } finally {
      const back = await driver.clickInOptions('#cat-comments');
      check(back?.categories?.comments === true, `settings not restored: ${JSON.stringify(back)}`);
      await driver.closePage(page);
    }
  });
}
