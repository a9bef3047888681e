// Runs in the bench page (served as /bench/late.mjs, called through page.mjs `late`): the
// latency from a late insertion to its hiding (issue 6). clearpress is turned on as the
// content script does it, the extension's own watcher (content/watch.js) judges what the
// page inserts with the planner's clutterFor, and four widgets are inserted one after the
// other — a comment section after the article, an appeal and a newsletter sign-up form inside
// it, a floating video player on the body — each timed from its insertion until dom.js marks
// it (or a box around it) hidden. Every widget is removed again before the next one.

// A widget not hidden by then counts as missed (null), not as a time.
const LIMIT_MS = 2000;

const COMMENTS = `
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 thoughts on “the story above”</h2>
  <ol class="comment-list">
    <li class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ines</b> <span class="says">says:</span></footer>
      <div class="comment-content"><p>Thanks for following this up, it was hard to find anywhere else.</p></div></article></li>
    <li class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Rob</b> <span class="says">says:</span></footer>
      <div class="comment-content"><p>The figures in the third paragraph do not match last year's report.</p></div></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
    <form action="/wp-comments-post.php" method="post" id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>`;

const APPEAL = `
<aside class="inline-ask"><h3>Before you read on</h3>
  <p>Stories like this one are paid for by our readers. Help us reach $15,000 by June 30.</p>
  <div class="ask-meter"><progress max="15000" value="8420"></progress> $8,420 of $15,000 raised</div>
  <p><a class="button" href="/donate/?from=inline">Donate now</a></p>
</aside>`;

const NEWSLETTER = `
<div id="mc_embed_signup"><form action="https://example.us21.list-manage.com/subscribe/post?u=1a2b&amp;id=3c4d" method="post" id="mc-embedded-subscribe-form" class="validate">
  <h2>The weekly letter</h2><label for="mce-EMAIL">Email Address</label><input type="email" name="EMAIL" id="mce-EMAIL">
  <input type="submit" value="Subscribe" name="subscribe" class="button"></form></div>`;

const VIDEO = `
<div class="video-player video-player--sticky" style="position: fixed; right: 12px; bottom: 12px; width: 320px">
  <video width="320" height="180" muted></video><p>Watch: the story in two minutes</p><button type="button">Close</button>
</div>`;

// [kind, markup, where it goes given the article root]
const WIDGETS = [
  ['comments', COMMENTS, (el, article) => after(article, el)],
  ['appeal', APPEAL, (el, article) => inside(article, el)],
  ['newsletter', NEWSLETTER, (el, article) => inside(article, el)],
  ['video', VIDEO, (el) => document.body.append(el)],
];

/** The kinds timed, in the order of `WIDGETS`. */
export const LATE_KINDS = WIDGETS.map(([kind]) => kind);

// Right after the article, as comment systems mount; inside <body> when the article root is
// the body itself (an element after <body> is outside the page a site's script builds on).
function after(article, el) {
  if (article === document.body) article.append(el);
  else article.after(el);
}

// Between the article's second and third child, as membership plugins place inline asks.
function inside(article, el) {
  const third = article.children[2];
  if (third) third.before(el);
  else article.append(el);
}

function make(markup) {
  const t = document.createElement('template');
  t.innerHTML = markup.trim();
  return t.content.firstElementChild;
}

const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// performance.now() when `el` or a box around it gets `attr`, or null after LIMIT_MS.
function hiddenAt(el, attr) {
  return new Promise((resolve) => {
    const done = (v) => {
      obs.disconnect();
      clearTimeout(timer);
      resolve(v);
    };
    const obs = new MutationObserver(() => {
      if (el.closest(`[${attr}]`)) done(performance.now());
    });
    obs.observe(document.documentElement, { attributes: true, attributeFilter: [attr], subtree: true });
    const timer = setTimeout(() => done(null), LIMIT_MS);
  });
}

/**
 * `rounds` insertions of each widget while clearpress is on; {kind: [ms or null]}, or null
 * when the page has no article (the extension does not turn on there). `toggleOn` and the
 * loaded modules come from page.mjs; `ext` is the extension's base URL.
 */
export async function lateLatency({ dom, planner, toggleOn, ext }, rounds) {
  const { watchLate } = await import(`${ext}/content/watch.js`);
  const record = await toggleOn({});
  if (!record) return null;
  const article = document.querySelector('[data-clearpress-article]') ?? document.body;
  const judge = async (snap, roots) => (await planner.clutterFor(snap, roots)).plan;
  const watch = watchLate(document, judge, () => {});
  const out = Object.fromEntries(LATE_KINDS.map((k) => [k, []]));
  try {
    for (let i = 0; i < rounds; i++) {
      for (const [kind, markup, place] of WIDGETS) {
        await painted();
        const el = make(markup);
        const seen = hiddenAt(el, dom.HIDDEN_ATTR);
        const t0 = performance.now();
        place(el, article);
        const t1 = await seen;
        out[kind].push(t1 == null ? null : t1 - t0);
        el.remove();
      }
    }
  } finally {
    for (const r of watch.stop()) dom.undo(r);
    dom.undo(record);
  }
  return out;
}
