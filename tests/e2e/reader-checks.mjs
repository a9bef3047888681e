// Functions that run inside the page under test for the reader view's look (serialized, so
// self-contained): the computed style of every visible article paragraph, and how media sit
// in the column.

/**
 * The column and every visible article paragraph as the browser computed them. Captions
 * (paragraphs in a figcaption, or WordPress's `.wp-caption-text`) are the caption style's,
 * not body text, and are left out.
 */
export function paragraphStyles() {
  const art = document.querySelector('[data-clearpress-article]');
  if (!art) return null;
  const cs = getComputedStyle(art);
  const box = art.getBoundingClientRect();
  const column = {
    left: box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth),
    right: box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth),
  };
  column.width = column.right - column.left;
  const transparent = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
  // What is painted behind an element: the first background that is not transparent on the
  // way up (the canvas takes the root's).
  const backdrop = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none') return `image on <${e.localName}>`;
      if (!transparent(s.backgroundColor)) return s.backgroundColor;
    }
    return 'transparent';
  };
  const NESTED = 'blockquote, li, dd, td, th, figure, aside, details, pre';
  const paragraphs = [...art.querySelectorAll('p')]
    .filter((p) => !p.closest('figcaption, .wp-caption-text, [data-clearpress-ui]'))
    .filter((p) => /\S/.test(p.textContent) && p.getClientRects().length > 0)
    .filter((p) => p.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .map((p) => {
      const s = getComputedStyle(p);
      const r = p.getBoundingClientRect();
      return {
        text: p.textContent.replace(/\s+/g, ' ').trim().slice(0, 50),
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        color: s.color,
        fill: s.webkitTextFillColor ?? null,
        background: backdrop(p),
        left: r.left,
        right: r.right,
        width: r.width,
        nested: p.closest(NESTED) !== null && art.contains(p.closest(NESTED)),
      };
    });
  return {
    column,
    viewport: document.documentElement.clientWidth,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    paragraphs,
  };
}

/**
 * How the article's media sit in the column: images (and video, canvas, iframes) that
 * intersect a paragraph they are not part of, that stick out of the column, and the
 * tallest blank band between two pieces of visible content in the column.
 */
export function mediaLayout() {
  const art = document.querySelector('[data-clearpress-article]');
  if (!art) return null;
  const visible = (el) =>
    el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const cs = getComputedStyle(art);
  const box = art.getBoundingClientRect();
  const left = box.left + parseFloat(cs.paddingLeft);
  const right = box.right - parseFloat(cs.paddingRight);
  const y = window.scrollY;
  const media = [...art.querySelectorAll('img, video, canvas, iframe, picture, svg')]
    .filter(visible)
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, r]) => r.width > 1 && r.height > 1);
  const paras = [...art.querySelectorAll('p')].filter(visible).map((p) => [p, p.getBoundingClientRect()]);
  const name = (el) => `<${el.localName}${el.getAttribute('src') ? ` src=…${el.getAttribute('src').slice(-30)}` : ''}>`;
  const overlaps = [];
  for (const [m, a] of media) {
    for (const [p, b] of paras) {
      if (p.contains(m) || m.contains(p)) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlaps.push(`${name(m)} over "${p.textContent.trim().slice(0, 40)}" (${Math.round(w)}×${Math.round(h)} px)`);
    }
  }
  const outside = media
    .filter(([m, r]) => !m.closest('pre, table') && (r.left < left - 1 || r.right > right + 1))
    .map(([m, r]) => `${name(m)} ${Math.round(r.left)}–${Math.round(r.right)} (column ${Math.round(left)}–${Math.round(right)})`);
  // Vertical extents of what is drawn: text (line boxes of visible text), media, rules.
  const label = (el) => `<${el.localName}> "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
  const spans = media.map(([m, r]) => [r.top + y, r.bottom + y, name(m)]);
  const walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\S/.test(n.data) || !n.parentElement || !visible(n.parentElement)) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.height > 0) spans.push([r.top + y, r.bottom + y, label(n.parentElement)]);
  }
  // Rules and borders are drawn too (an <hr>, the line under the reader header).
  for (const el of art.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    const top = parseFloat(s.borderTopWidth);
    const bottom = parseFloat(s.borderBottomWidth);
    if (!(top > 0 && s.borderTopStyle !== 'none') && !(bottom > 0 && s.borderBottomStyle !== 'none')) continue;
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (top > 0 && s.borderTopStyle !== 'none') spans.push([r.top + y, r.top + y + top, `border of <${el.localName}>`]);
    if (bottom > 0 && s.borderBottomStyle !== 'none') spans.push([r.bottom + y - bottom, r.bottom + y, `border of <${el.localName}>`]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let gap = { height: 0, at: 0, between: '' };
  let reach = spans.length ? spans[0][1] : 0;
  let last = spans.length ? spans[0][2] : '';
  for (const [top, bottom, what] of spans) {
    if (top - reach > gap.height) gap = { height: Math.round(top - reach), at: Math.round(reach), between: `${last} and ${what}` };
    if (bottom > reach) {
      reach = bottom;
      last = what;
    }
  }
  // Wide tables and code: they scroll inside the column instead of widening it.
  const wide = [...art.querySelectorAll('table, pre')]
    .filter(visible)
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, r]) => r.left < left - 1 || r.right > right + 1)
    .map(([el, r]) => `<${el.localName}> ${Math.round(r.left)}–${Math.round(r.right)}`);
  return { media: media.length, paragraphs: paras.length, overlaps, outside, wide, gap };
}

/** The toolbar: its buttons' `data-cp` names, pressed states, the reading time and its labels. */
export function toolbarState() {
  const host = document.querySelector('clearpress-toolbar[data-clearpress-ui="toolbar"]');
  const root = host?.shadowRoot;
  if (!root) return null;
  const bar = root.querySelector('[role="toolbar"]');
  const buttons = [...root.querySelectorAll('button, a')].map((b) => ({
    cp: b.dataset.cp,
    label: b.getAttribute('aria-label') ?? b.textContent,
    pressed: b.getAttribute('aria-pressed'),
    background: getComputedStyle(b).backgroundColor,
    disabled: b.disabled === true,
    focusable: b.tabIndex >= 0,
  }));
  const r = host.getBoundingClientRect();
  return {
    label: bar?.getAttribute('aria-label') ?? null,
    buttons,
    reading: root.querySelector('[data-cp="reading-time"]')?.textContent ?? null,
    visible: r.width > 0 && r.height > 0 && host.checkVisibility(),
    display: getComputedStyle(host).display,
  };
}

/** Clicks the toolbar control `cp` (its `data-cp`) from inside the page. */
export function clickToolbar(cp) {
  const el = document.querySelector('clearpress-toolbar')?.shadowRoot?.querySelector(`[data-cp="${cp}"]`);
  if (!el) return false;
  el.click();
  return true;
}

/** What printing would show: the toolbar's display and the column's colours under print media. */
export function printView() {
  const host = document.querySelector('clearpress-toolbar');
  const art = document.querySelector('[data-clearpress-article]');
  const p = art?.querySelector('p');
  return {
    toolbar: host ? getComputedStyle(host).display : null,
    color: p ? getComputedStyle(p).color : null,
    paper: getComputedStyle(document.documentElement).backgroundColor,
  };
}

/**
 * Resolves once the page has changed nothing for `ms` (or after `max` ms): pages with
 * scripts keep changing themselves after load (a web-font loader's class on <html>), and the
 * page to compare with after reader mode is the page as it settled, not half-way.
 */
export function settled(ms, max) {
  return new Promise((resolve) => {
    const start = performance.now();
    let timer = 0;
    const done = () => {
      observer.disconnect();
      resolve(Math.round(performance.now() - start));
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, performance.now() - start > max ? 0 : ms);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, ms);
  });
}
