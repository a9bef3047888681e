// What the popup says about a state from background/reader.js.

const REASONS = {
  'no-article': 'No article found on this page, so nothing was changed.',
  'browser-page': "This page can't be scripted (a browser, settings or store page).",
  'no-access': 'clearpress can only read a page after you click its button or press its shortcut there.',
  'error-page': 'This tab is showing an error page.',
  error: 'Something went wrong; the page was left as it was.',
};

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** {state: 'on'|'off'|'problem', title, details} for a page state. */
export function describe(s) {
  if (s.on) {
    const { fundraising = 0, comments = 0, statements = 0 } = s.summary ?? {};
    const hid = [
      fundraising && plural(fundraising, 'fundraising block', 'fundraising blocks'),
      comments && plural(comments, 'comment section', 'comment sections'),
    ].filter(Boolean);
    const details = [
      hid.length ? `Hid ${hid.join(' and ')}.` : 'Nothing to hide on this page.',
      statements
        ? `${plural(statements, 'quoted statement', 'quoted statements')} — click one to highlight it.`
        : 'No quoted statements found.',
    ];
    return { state: 'on', title: 'Reader mode is on', details: details.join(' ') };
  }
  if (s.ok && !s.reason) return { state: 'off', title: 'Reader mode is off', details: '' };
  const words = REASONS[s.reason] ?? REASONS.error;
  const details = s.reason === 'error' && s.message ? `${words} (${s.message})` : words;
  return { state: 'problem', title: "Reader mode isn't on", details };
}
