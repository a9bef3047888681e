// Functions that run inside the page under test for the reader view's look (serialized, so
// self-contained): the computed style of every visible article paragraph, and how media sit
// in the column.

/**
 * The column and every visible article paragraph as the browser computed them. Captions
 * (paragraphs in a figcaption, WordPress's `.wp-caption-text`, or a caption the core found
 * elsewhere) are the caption style's, not body text, and are left out.
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
    .filter((p) => !p.closest('figcaption, .wp-caption-text, [data-clearpress-caption], [data-clearpress-ui]'))
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
  // Body text, not a caption (captions print in the muted grey).
  const p = [...(art?.querySelectorAll('p') ?? [])].find((x) => !x.closest('figcaption, .wp-caption-text, [data-clearpress-caption]'));
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

/**
 * Text drawn outside the reading column and clearpress's own parts: loose text directly
 * under <body> or another ancestor of the article, which has no element to hide. Each
 * visible piece as `"text" (w×h px)`.
 */
export function strayText() {
  const art = document.querySelector('[data-clearpress-article]');
  if (!art || !document.body) return null;
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!/\S/.test(n.data) || !el || art.contains(n) || el.closest('[data-clearpress-ui]')) continue;
    if (el.closest('script, style, noscript, template')) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width > 0.5 && r.height > 0.5 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      out.push(`"${n.data.replace(/\s+/g, ' ').trim().slice(0, 40)}" (${Math.round(r.width)}×${Math.round(r.height)} px)`);
    }
  }
  return out;
}

/**
 * The parts of tests/e2e/pages/reader-parts as the reader shows them: the caption the site
 * printed as a list, the gallery list, the section headings and their edit links, and the
 * embedded post. Each failure as a sentence; an empty list when all is as it should be.
 */
export function readerParts() {
  const art = document.querySelector('[data-clearpress-article]');
  if (!art) return ['no article'];
  const visible = (el) =>
    el != null && el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const bad = [];
  const body = [...art.querySelectorAll('p')].find((p) => p.textContent.includes('Volunteers walked the shore'));
  const bodySize = parseFloat(getComputedStyle(body).fontSize);
  // The caption: marked, visible, smaller than the text, without a list marker or indent.
  const caption = art.querySelector('[data-clearpress-caption]');
  if (!caption || !caption.textContent.includes('Grey seals hauled out')) bad.push('the list after the photo is not marked as its caption');
  else {
    const li = caption.querySelector('li');
    const s = getComputedStyle(li);
    if (!visible(li)) bad.push('caption not visible');
    if (s.display === 'list-item' || getComputedStyle(caption).listStyleType !== 'none') bad.push(`caption still a list item (display ${s.display})`);
    if (!(parseFloat(s.fontSize) < bodySize)) bad.push(`caption ${s.fontSize} not smaller than the text's ${bodySize}px`);
    if (li.getBoundingClientRect().left - body.getBoundingClientRect().left > 1) bad.push('caption indented like a list');
    const photo = art.querySelector('#img-1 img').getBoundingClientRect();
    const gap = caption.getBoundingClientRect().top - photo.bottom;
    if (gap < 0 || gap > 40) bad.push(`caption ${Math.round(gap)} px from its photo`);
  }
  // The gallery: every photo shown, no bullets.
  const gallery = art.querySelector('[data-clearpress-gallery]');
  if (!gallery) bad.push('the gallery list is not marked');
  else {
    const items = [...gallery.children];
    if (items.some((li) => getComputedStyle(li).display === 'list-item')) bad.push('gallery items still list items');
    const shown = [...gallery.querySelectorAll('img')].filter(visible).length;
    if (shown !== 3) bad.push(`${shown}/3 gallery photos visible`);
    if (![...gallery.querySelectorAll('figcaption')].every(visible)) bad.push('gallery captions hidden');
  }
  // Section headings shown, their "[edit]" tools not.
  for (const h of art.querySelectorAll('h2')) {
    const title = h.querySelector('.mw-headline');
    if (!visible(title)) bad.push(`heading "${h.textContent.trim()}" hidden`);
    const tool = h.querySelector('.mw-editsection');
    if (visible(tool)) bad.push(`edit link beside "${title?.textContent}" visible`);
  }
  if (art.querySelectorAll('h2').length !== 2) bad.push(`${art.querySelectorAll('h2').length} section headings, want 2`);
  // The embedded post: a visible quote with its text and its link.
  const post = art.querySelector('blockquote.twitter-tweet');
  if (!visible(post)) bad.push('embedded post hidden');
  else {
    if (!post.innerText.includes('Final count of the season')) bad.push('embedded post without its text');
    const link = [...post.querySelectorAll('a')].find((a) => a.href.includes('/status/'));
    if (!visible(link)) bad.push('embedded post without its link');
    const s = getComputedStyle(post);
    if (!(parseFloat(s.borderInlineStartWidth) > 0) || s.fontStyle !== 'italic') bad.push('embedded post not styled as a quote');
  }
  return bad;
}
