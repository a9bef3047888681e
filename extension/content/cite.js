// Quotes as text to take away: one quote for the clipboard (Markdown, and HTML for editors
// that paste rich text), all of a page's quotes for export (Markdown and JSON). What a quote
// is, who said it and the link to it (a URL text fragment) come from the core's plan; this
// file only lays them out.

/** The page's URL without its fragment, followed by the quote's text directive. */
export function quoteUrl(pageUrl, link) {
  const base = String(pageUrl).split('#')[0];
  return link ? `${base}#:~:${link}` : base;
}

// "2018-12-21T09:40:12+00:00" → "2018-12-21": a citation's date, the same in every language.
function isoDate(value) {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(String(value ?? ''));
  return m ? m[0] : '';
}

// Characters that would start Markdown syntax inside running text.
const escapeMd = (s) => s.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
// Parentheses would end a Markdown link's destination early; %28/%29 decode to the same text.
const mdUrl = (u) => u.replace(/\(/g, '%28').replace(/\)/g, '%29');
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** What a citation says about the page: {title, site, date, url} from the plan's reader metadata. */
export function pageOf(reader, url) {
  return {
    title: reader?.title || '',
    site: reader?.site_name || '',
    date: isoDate(reader?.published_time),
    url: String(url).split('#')[0],
  };
}

// "— Speaker, [Title](link), Site, 2018-12-21" without the parts the page does not give.
function sourceLine(quote, page, link, md) {
  const title = page.title ? (md ? `[${escapeMd(page.title)}](${mdUrl(link)})` : page.title) : md ? `<${mdUrl(link)}>` : '';
  const parts = [quote.speaker && (md ? escapeMd(quote.speaker) : quote.speaker), title, page.site && (md ? escapeMd(page.site) : page.site), page.date];
  return `— ${parts.filter(Boolean).join(', ')}`;
}

/** One quote as Markdown: a block quote and its source, linked to the quote itself. */
export function quoteMarkdown(quote, page) {
  const link = quoteUrl(page.url, quote.link);
  const text = escapeMd(quote.text.replace(/\s+/g, ' ').trim());
  return `> ${text}\n>\n> ${sourceLine(quote, page, link, true)}\n`;
}

/** One quote as HTML, for rich-text editors: the same block quote and source. */
export function quoteHtml(quote, page) {
  const link = quoteUrl(page.url, quote.link);
  const parts = [quote.speaker, page.title && `<a href="${escapeHtml(link)}">${escapeHtml(page.title)}</a>`, page.site, page.date]
    .filter(Boolean)
    .map((p, i) => (i === 1 && page.title ? p : escapeHtml(p)));
  return `<blockquote><p>${escapeHtml(quote.text.trim())}</p><footer>— ${parts.join(', ')}</footer></blockquote>`;
}

/**
 * All listed quotes of the page as Markdown, grouped by speaker (`groups`: the plan's
 * `speakers`; `names(i)`: a group's heading, so the unattributed group is named in the
 * reader's language).
 */
export function pageMarkdown(plan, page, names) {
  const byId = new Map(plan.quotes.map((q) => [q.id, q]));
  const head = [`# ${escapeMd(page.title || page.url)}`, '', [page.site && escapeMd(page.site), page.date, `<${mdUrl(page.url)}>`].filter(Boolean).join(', ')];
  const sections = plan.speakers.map((s, i) => {
    const quotes = s.quotes.map((id) => byId.get(id)).filter(Boolean);
    return [`## ${escapeMd(names(i))}`, '', ...quotes.map((q) => quoteMarkdown(q, page))].join('\n');
  });
  return `${[...head, '', ...sections].join('\n').trimEnd()}\n`;
}

/** All listed quotes of the page as JSON: the page, then each quote with its link. */
export function pageJson(plan, page, pinned) {
  const quotes = plan.speakers.flatMap((s) =>
    s.quotes.map((id) => {
      const q = plan.quotes[id];
      return { text: q.text, speaker: q.speaker ?? null, kind: q.kind, link: quoteUrl(page.url, q.link), pinned: pinned.has(id) };
    }),
  );
  return `${JSON.stringify({ ...page, quotes }, null, 2)}\n`;
}
