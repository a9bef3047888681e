// The site's late widgets, as real sites load them: a comment system mounted 1 s after the
// page is ready (here: after clearpress is on, since toggling can take more than a second on
// a loaded test machine), a membership appeal placed between paragraphs 2 s after that, and
// half a second later a newsletter sign-up form and a floating video player.
// Each insertion records when it happened and when clearpress hid it (window.lateWidgets),
// so the end-to-end test can report the insertion-to-hidden latency.
(() => {
  const widgets = {};
  window.lateWidgets = widgets;

  // A share bar built as a web component with a closed shadow root, as some embeds are: no
  // script outside it can read it, so clearpress can only say that it did not analyse it.
  customElements.define('share-buttons', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'closed' }).innerHTML = '<a href="/share/">Share this story</a>';
    }
  });

  const COMMENTS = `
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 thoughts on “Ferry service to Holm Island cut to three sailings a week”</h2>
  <ol class="comment-list">
    <li id="comment-3301" class="comment even thread-even depth-1">
      <article id="div-comment-3301" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Maren Olsen</b> <span class="says">says:</span></div>
        <div class="comment-metadata"><a href="#comment-3301"><time datetime="2025-05-14T18:02:11+00:00">May 14, 2025 at 6:02 pm</time></a></div></footer>
        <div class="comment-content"><p>Three sailings is not enough for anyone who works on the mainland. Late comment widget text one.</p></div>
        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-3301">Reply</a></div>
      </article>
    </li>
    <li id="comment-3302" class="comment odd alt thread-odd depth-1">
      <article id="div-comment-3302" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom Hale</b> <span class="says">says:</span></div></footer>
        <div class="comment-content"><p>The charter boat idea was tried in 2019 and failed. Late comment widget text two.</p></div>
      </article>
    </li>
  </ol>
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
    <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
      <p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="4"></textarea></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
    </form>
  </div>
</div>`;

  const APPEAL = `
<aside class="inline-ask">
  <h3>Before you read on</h3>
  <p>Stories like this one are paid for by our readers. Help us reach $15,000 by June 30: late appeal text.</p>
  <div class="ask-meter"><progress max="15000" value="8420"></progress> $8,420 of $15,000 raised</div>
  <p><a class="button" href="/donate/?from=inline">Donate now</a></p>
</aside>`;

  // A newsletter service's embedded form (Mailchimp's snippet), mounted under the article by
  // its script, and an ad player that pins itself to the corner.
  const NEWSLETTER = `
<div id="mc_embed_signup"><form action="https://islandpost.us21.list-manage.com/subscribe/post?u=1a2b3c&amp;id=4d5e6f" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
  <div id="mc_embed_signup_scroll"><h2>The Island Post, every Friday: late newsletter text</h2>
  <div class="mc-field-group"><label for="mce-EMAIL">Email Address</label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL"></div>
  <div class="clear"><input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button"></div></div>
</form></div>`;

  const VIDEO = `
<div id="corner-player" class="video-player video-player--sticky" style="position: fixed; right: 12px; bottom: 12px; width: 320px">
  <iframe src="https://player.vimeo.com/video/76979871" width="320" height="180" title="Clip"></iframe>
  <p class="video-player__title">Watch: the new ferry timetable, late video text</p><button type="button">Close</button>
</div>`;

  function html(markup) {
    const t = document.createElement('template');
    t.innerHTML = markup.trim();
    return t.content.firstElementChild;
  }

  // When clearpress marks `el` (or a box around it) hidden.
  function whenHidden(name, el) {
    const check = () => {
      if (widgets[name].hidden == null && el.closest('[data-clearpress-hidden]')) {
        widgets[name].hidden = performance.now();
        widgets[name].latency = widgets[name].hidden - widgets[name].inserted;
      }
    };
    new MutationObserver(check).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-clearpress-hidden'],
      subtree: true,
    });
  }

  function insert(name, make, place) {
    const el = html(make);
    place(el);
    widgets[name] = { inserted: performance.now(), hidden: null, latency: null };
    whenHidden(name, el);
  }

  function start() {
    setTimeout(() => {
      insert('comments', COMMENTS, (el) => document.getElementById('comments-mount').append(el));
      setTimeout(() => {
        const paras = document.querySelectorAll('.entry-content > p');
        insert('appeal', APPEAL, (el) => paras[2].after(el));
        setTimeout(() => {
          insert('newsletter', NEWSLETTER, (el) => document.getElementById('comments-mount').before(el));
          insert('video', VIDEO, (el) => document.body.append(el));
        }, 500);
      }, 2000);
    }, 1000);
  }

  // The end-to-end test starts them by hand on a page where clearpress never runs, to see
  // what the page looks like without it.
  let started = false;
  window.lateWidgetsStart = () => {
    if (started) return;
    started = true;
    start();
  };

  // ?hold=1: the test starts them itself, once it has measured the page with none of them
  // in it (declutter-only mode's layout check must not race a widget's first frame).
  if (new URLSearchParams(location.search).has('hold')) return;
  const on = () => document.documentElement.hasAttribute('data-clearpress');
  if (on()) window.lateWidgetsStart();
  else {
    const wait = new MutationObserver(() => {
      if (!on()) return;
      wait.disconnect();
      window.lateWidgetsStart();
    });
    wait.observe(document.documentElement, { attributes: true, attributeFilter: ['data-clearpress'] });
  }
})();
