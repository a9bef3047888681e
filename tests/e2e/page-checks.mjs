// Functions that run inside the page under test (serialized, so self-contained). Shared by
// both browser drivers.

/** What toggling off must restore exactly: the serialized DOM, the typed input, the scroll, the focus. */
export function pageState(fieldSelector, index) {
  const input = document.querySelectorAll(fieldSelector)[index];
  return {
    // The page's own markup: clearpress's toast (its host; the inside is a shadow root) is
    // the extension's report, not a change to the page.
    html: document.documentElement.outerHTML.replace(/<clearpress-toast\b[^>]*><\/clearpress-toast>/g, ''),
    input: input ? input.value : null,
    scroll: [window.scrollX, window.scrollY],
    focus: [...document.querySelectorAll('*')].indexOf(document.activeElement),
  };
}

/**
 * For each needle: whether its text is in the body (hidden, not deleted) and how many of the
 * deepest elements containing it are rendered visibly.
 */
export function textVisibility(needles) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const els = [...document.body.querySelectorAll('*')].map((el) => [el, norm(el.textContent)]);
  const text = new Map(els);
  return needles.map((needle) => {
    const n = norm(needle);
    const hits = els.filter(([el, t]) => t.includes(n) && ![...el.children].some((c) => text.get(c).includes(n)));
    const visible = hits.filter(
      ([el]) => el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
    return { needle, inDom: hits.length > 0, visible: visible.length };
  });
}

/** The reader-mode marks in the page right now. */
export function readerMarks() {
  const q = (s) => document.querySelectorAll(s).length;
  return {
    on: document.documentElement.getAttribute('data-clearpress') === 'on',
    hidden: q('[data-clearpress-hidden]'),
    article: q('[data-clearpress-article]'),
    statements: q('clearpress-quote[data-kind="statement"]'),
    statementsOn: q('clearpress-quote[data-kind="statement"][data-on]'),
  };
}

/** The first statement piece whose quote text includes `needle` (or any statement): a CSS selector for it, its speaker and background. */
export function findStatement(needle) {
  const pieces = [...document.querySelectorAll('clearpress-quote[data-kind="statement"]')];
  const textOf = (id) => [...document.querySelectorAll(`clearpress-quote[data-q="${id}"]`)].map((p) => p.textContent).join('');
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const piece = pieces.find((p) => norm(textOf(p.dataset.q)).includes(norm(needle))) ?? pieces[0];
  if (!piece) return null;
  return {
    selector: `clearpress-quote[data-q="${piece.dataset.q}"]`,
    speaker: piece.dataset.speaker ?? null,
    title: piece.title,
    on: piece.hasAttribute('data-on'),
    background: getComputedStyle(piece).backgroundColor,
  };
}

/** Mimics a reader who scrolled down a bit, so restoring the scroll position means something. */
export function scrollDown(y) {
  window.scrollTo({ left: 0, top: y, behavior: 'instant' });
  return window.scrollY;
}
