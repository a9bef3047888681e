//! Named data for the clutter analysis (comment systems, fundraising widgets).
//!
//! Selector lists use a tiny CSS subset that [`crate::core::clutter`] matches itself: a
//! compound of an optional tag name, `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr~=v]`,
//! `[attr^=v]`, `[attr*=v]` and `[attr$=v]` (no combinators). Each entry pairs a selector with
//! the name shown in the clutter reason.
//!
//! Word lists are lower-case; text is matched ASCII-case-insensitively, so a non-ASCII letter
//! must be written in the case pages use (lower-case for running text).

/// Comment systems' own markup, from `corpus/WIDGETS.md` (facts from each widget's public
/// source). A match is strong evidence: only the article guard (never an ancestor of the
/// main text or title) applies.
pub const COMMENT_SYSTEM_SELECTORS: &[(&str, &str)] = &[
    // wpDiscuz 7.x (the bubble lives outside #comments).
    ("#wpdcom", "wpDiscuz comment widget"),
    ("#wpd-threads", "wpDiscuz comment threads"),
    ("#wpd-bubble-wrapper", "wpDiscuz comment bubble"),
    (".wpdiscuz-subscribe-bar", "wpDiscuz subscribe bar"),
    (".wpd-comment", "wpDiscuz comment"),
    // Native WordPress.
    ("#comments", "WordPress comment section"),
    (".comments-area", "WordPress comment section"),
    ("ol.comment-list", "WordPress comment list"),
    ("ul.comment-list", "WordPress comment list"),
    (".commentlist", "WordPress comment list"),
    ("#respond", "WordPress reply form"),
    (".comment-respond", "WordPress reply form"),
    ("#commentform", "WordPress comment form"),
    ("h2.comments-title", "WordPress comment heading"),
    (".widget_recent_comments", "Recent Comments widget"),
    ("#recentcomments", "Recent Comments widget"),
    (".wp-block-latest-comments", "Latest Comments block"),
    // Disqus: thread, iframe, count links.
    ("#disqus_thread", "Disqus thread"),
    ("iframe[src*='disqus.com/embed']", "Disqus iframe"),
    ("a[href$='#disqus_thread']", "Disqus comment-count link"),
    ("a[data-disqus-identifier]", "Disqus comment-count link"),
    // Facebook.
    (".fb-comments", "Facebook comments"),
    // OpenWeb / Spot.IM.
    (
        "[data-spotim-module='conversation']",
        "OpenWeb conversation",
    ),
    ("[data-spot-im-shadow-host]", "OpenWeb conversation"),
    ("[class^='spcv_']", "OpenWeb conversation"),
    // Viafoura.
    (".viafoura", "Viafoura comments"),
    ("#vf-conversations-container", "Viafoura comments"),
    ("vf-conversations", "Viafoura comments"),
    ("vf-tray-trigger", "Viafoura comments"),
    ("vf-conversations-count", "Viafoura comment count"),
    (".vf-comments", "Viafoura comments"),
    // Coral Talk v5 / v4.
    ("#coral_thread", "Coral comments"),
    ("#coral_talk_stream", "Coral comments"),
    // Others.
    ("hyvor-talk-comments", "Hyvor Talk comments"),
    ("hyvor-talk-comment-count", "Hyvor Talk comment count"),
    ("#hyvor-talk-view", "Hyvor Talk comments"),
    (".giscus", "Giscus comments"),
    ("iframe.giscus-frame", "Giscus comments"),
    (".utterances", "utterances comments"),
    ("iframe.utterances-frame", "utterances comments"),
    ("#vuukle-comments", "Vuukle comments"),
    ("#livefyre", "Livefyre comments"),
    (".fyre", "Livefyre comments"),
    ("#commento", "Commento comments"),
    ("#remark42", "Remark42 comments"),
    ("#discourse-comments", "Discourse comments"),
    ("#insticator-commenting", "Insticator comments"),
    ("iframe[src*='comments.app']", "Comments.app comments"),
];

/// The general (all-site) `catchall_selectors` of hide-comments-everywhere
/// (`corpus/clutter/hide-comments-everywhere-sites.json`, MIT, © 2017 Grant Winney), minus
/// those already in [`COMMENT_SYSTEM_SELECTORS`], the child combinator one (its parent is
/// listed) and `.feedback` (also used by form-validation and "was this helpful" boxes that are
/// not comments). These names are generic, so matches also get the prose and code guards.
pub const COMMENT_CATCHALL_SELECTORS: &[(&str, &str)] = &[
    (".o2-display-comments-toggle", "comment toggle"),
    (".o2-post-comments", "comment section"),
    (".o2-post-comment-controls", "comment controls"),
    ("[href$='hyvor-talk-view']", "comment-count link"),
    ("#commentarea", "comment section"),
    (".responsesStreamWrapper", "comment section"),
    ("#spotim-specific", "comment section"),
    ("#spotIm-conversations-module-wrapper", "comment section"),
    (".spot-im-comments", "comment section"),
    ("#add_comment", "comment form"),
    ("#comment", "comment section"),
    ("#Comment", "comment section"),
    ("#comment-form", "comment form"),
    ("#comment-thread", "comment thread"),
    ("#comment-wrapper", "comment section"),
    ("#commenting", "comment section"),
    ("#Comments", "comment section"),
    ("#comments-section", "comment section"),
    ("#guestbook", "guestbook"),
    ("#postcomment", "comment form"),
    ("#replybox", "reply form"),
    (".comment", "comment"),
    (".Comment", "comment"),
    (".comments", "comment section"),
    (".Comments", "comment section"),
    (".commenting", "comment section"),
    (".comment_area", "comment section"),
    (".comments_area", "comment section"),
    (".comment-area", "comment section"),
    (".comment-form", "comment form"),
    (".comment-thread", "comment thread"),
    (".comments-link", "comment-count link"),
    (".comments-section", "comment section"),
    (".comments-title", "comment heading"),
    (".guestbook", "guestbook"),
    (".respond", "reply form"),
    (".gsc-comments", "comment section"),
];

/// Ancestors under which a comment-ish class is not a comment section, from the
/// `excluded_selectors` of hide-comments-everywhere (`code .comment, pre .comment`: syntax
/// highlighting marks source comments with that class).
pub const COMMENT_EXCLUDED_ANCESTORS: &[&str] = &["code", "pre"];

/// Elements never reported: form controls (`textarea.comments` is in the same
/// `excluded_selectors`; WordPress's `textarea#comment` sits inside `#respond` anyway) and
/// elements that render nothing.
pub const NEVER_CLUTTER_TAGS: &[&str] = &[
    "html", "head", "body", "main", "textarea", "input", "select", "option", "script", "style",
    "link", "meta", "title", "noscript", "template", "br", "wbr", "path", "use",
];

/// Parts of an id/class token (split at `-`, `_`, digits and camel-case humps) that name a
/// comment section. Our own list, after the catch-all names above and Readability.js's
/// `unlikelyCandidates` (`comment|disqus|…`), plus the common German/French/Spanish/Italian
/// words. Whole parts only: `commentary` (an opinion column) is not `comment`.
pub const COMMENT_TOKEN_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "commentform",
    "respond",
    "discussion",
    "discussions",
    "disqus",
    "replies",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
];

/// Token parts that turn a comment-word token into a state flag or decoration rather than a
/// section: `comments-open`/`has-comments`/`no-comments` on `<body>` or `<article>`, icon
/// fonts (`fa-comment`), "comment this" share buttons, menu items ("menu-…-public-comment").
/// Our own list.
pub const COMMENT_TOKEN_STOP_PARTS: &[&str] = &[
    "open",
    "opened",
    "closed",
    "has",
    "no",
    "off",
    "on",
    "enabled",
    "disabled",
    "allowed",
    "status",
    "fa",
    "far",
    "fas",
    "icon",
    "ico",
    "glyph",
    "dashicons",
    "svg",
    "share",
    "menu",
    "nav",
];

/// Elements never reported as comments: SVG sprites reuse comment names for icons
/// (`<svg id="comments">`), icon fonts use `<i class="comment">`.
pub const COMMENT_SKIP_TAGS: &[&str] = &["svg", "symbol", "g", "use", "path", "i"];

/// Short texts (a heading, label or button: whole text, trimmed, lower-cased) that announce a
/// comment section: WordPress's default strings ("Leave a Reply", "N thoughts on"), wpDiscuz's
/// ("Notify of", sort buttons), Disqus's and common themes' (our own list).
pub const COMMENT_HEADING_PREFIXES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "add a comment",
    "post a comment",
    "write a comment",
    "join the discussion",
    "join the conversation",
    "reader comments",
    "readers' comments",
    "show comments",
    "view comments",
    "load comments",
    "view all comments",
    "comments are closed",
    "comments are moderated",
    "notify of",
    "kommentar schreiben",
    "kommentare (",
    "laisser un commentaire",
    "deja un comentario",
    "lascia un commento",
];

/// Whole short texts (trimmed, lower-cased) that head a comment section. Kept apart from the
/// prefixes because "Comments on the draft rule" can head an article section.
pub const COMMENT_HEADING_EXACT: &[&str] = &[
    "comments",
    "comment",
    "discussion",
    "responses",
    "reader comments",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
];

/// Texts that, preceded by a count ("12 Comments", "3 thoughts on “…”"), head a comment
/// section (WordPress themes' default headings).
pub const COMMENT_COUNT_SUFFIXES: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "thought on",
    "thoughts on",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commenti",
];

/// Longest text (bytes) a comment heading seed may have: "3 thoughts on “`<title>`”" carries a
/// headline, so this is a headline's length, not a word's.
pub const COMMENT_HEADING_MAX_BYTES: u32 = 160;

/// Fundraising widgets' own markup, from `corpus/WIDGETS.md` (GiveWP, Charitable, Donation
/// Thermometer, Patreon, Ko-fi, PayPal, Liberapay, Buy Me a Coffee) and the hosted donation
/// forms Donorbox, GoFundMe and Open Collective embed (their public embed snippets). Each
/// match adds [`W_WIDGET`].
pub const FUNDRAISING_WIDGET_SELECTORS: &[(&str, &str)] = &[
    (".give-goal-progress", "GiveWP goal progress"),
    (".give-form-wrap", "GiveWP donation form"),
    ("form.give-form", "GiveWP donation form"),
    (".give-progress-bar", "GiveWP progress bar"),
    (".campaign-progress-bar", "Charitable progress bar"),
    (".campaign-time-left", "Charitable countdown"),
    (
        ".widget_charitable_donate_widget",
        "Charitable donate widget",
    ),
    ("svg.thermometer_svg", "donation thermometer"),
    ("[data-patreon-widget-type]", "Patreon button"),
    ("iframe[src*='ko-fi.com']", "Ko-fi widget"),
    ("iframe[src*='donorbox.org']", "Donorbox form"),
    ("iframe[src*='gofundme.com']", "GoFundMe widget"),
    ("form[action*='paypal.com/donate']", "PayPal donate form"),
    ("input[name='hosted_button_id']", "PayPal donate button"),
    ("dbox-widget", "Donorbox form"),
];

/// Links (`a[href]`, `form[action]`) to donation platforms and donation pages: each adds
/// [`W_DONATE_LINK`]. Tried right after each `/` and `.` of the URL; a pattern with a dot is a
/// host, one without is a path segment and must end it (`/donate`, `/donate/`, `/donations`,
/// not `/donald`). Platforms from `corpus/WIDGETS.md`; the path words are the donation and
/// membership wording below and in [`crate::core::heuristics::appeals`] as URL paths, in the
/// seven appeal languages (our own list).
pub const DONATE_URL_PARTS: &[&str] = &[
    "patreon.com/",
    "ko-fi.com/",
    "paypal.com/donate",
    "paypal.me/",
    "paypal.com/cgi-bin/webscr",
    "liberapay.com/",
    "buymeacoffee.com/",
    "donorbox.org/",
    "gofundme.com/",
    "opencollective.com/",
    "steadyhq.com/",
    "donate",
    "donation",
    "spenden",
    "support-us",
    "contribute",
    "don",
    "faire-un-don",
    "donar",
    "spende",
    "unterstuetzen",
    "unterstützen",
    "mitglied-werden",
    "soutenir",
    "dona",
    "donazione",
    "donazioni",
    "sostienici",
    "doar",
    "doacao",
    "doação",
    "apoie",
    "apoyanos",
    "hazte-socio",
    "doneer",
    "doneren",
    "steun",
    "steunen",
    "word-lid",
    "lid-worden",
    "membership",
    "become-a-member",
];

/// Parts of an id/class token that name a donation box (split as for comments; a part
/// starting with one of these counts, so `donate-box`, `donations`, `fundraising` all match).
/// Adds [`W_DONATE_CLASS`]. Our own list after WIDGETS.md's class names.
pub const DONATE_TOKEN_PREFIXES: &[&str] = &[
    "donat",
    "fundrais",
    "patreon",
    "kofi",
    "liberapay",
    "buymeacoffee",
    "donorbox",
    "spende",
    "crowdfund",
];

/// Whole token parts that name a donation box (`widget_give_forms_widget`, `btn--paypal`):
/// too short or too common to match as prefixes (`given`, `giveaway`). Adds
/// [`W_DONATE_CLASS`].
pub const DONATE_TOKEN_WORDS: &[&str] = &["give", "paypal"];

/// Token parts that mark a support box only weakly (`support-box`, `sf-support-banner`:
/// "support" is also customer support). Adds [`W_SUPPORT_CLASS`].
pub const SUPPORT_TOKEN_WORDS: &[&str] = &["support", "supporter", "supporters", "contribute"];

/// Donation wording found anywhere in a short text (ASCII case-insensitive). Adds
/// [`W_DONATE_WORDS`]. English from WIDGETS.md's examples and common appeals; German, French,
/// Spanish, Italian, Portuguese, Dutch and Russian equivalents (our own list). Only phrases
/// that are about giving money wherever they stand; "support"/"contribute" are prefixes below.
pub const DONATE_PHRASES: &[&str] = &[
    "donate",
    "donation",
    "become a patron",
    "chip in",
    "fundrais",
    "keep us independent",
    "paid for by readers",
    "funded by readers",
    "reader-funded",
    "reader funded",
    "reader-supported",
    "reader supported",
    "buy us a coffee",
    "buy me a coffee",
    "spende",
    "jetzt unterstützen",
    "faire un don",
    "faites un don",
    "soutenez",
    "donación",
    "donazione",
    "doação",
    "apóyanos",
    "sostienici",
    "doneer",
    "steun ons",
    "пожертв",
    "поддержите",
];

/// Donation wording at the *start* of a short text ("Support us", "Contribute now", "Give
/// today"): elsewhere these words are common ("how to contribute to…", "senators support
/// our…"). Adds [`W_DONATE_WORDS`]. Our own list.
pub const DONATE_PREFIXES: &[&str] = &[
    "support us",
    "support our",
    "support independent",
    "support quality",
    "give now",
    "give today",
    "make a gift",
    "make a contribution",
    "become a supporter",
    "unterstützen sie",
    "unterstütze",
    "soutenir",
    "apoya",
    "donar",
    "поддержать",
];

/// Weak donation wording at the start of a short text ("Support SouthFront", "Help us keep
/// going", "Contribute" — also a call for content or code contributors). Adds [`W_SUPPORT_WORDS`]; alone it never decides (customer "Support" links exist).
pub const SUPPORT_PREFIXES: &[&str] = &[
    "support ",
    "help us",
    "help keep",
    "keep us going",
    "contribute",
];

/// A link or button with at most this many words and donation wording is a call to action
/// (adds [`W_CTA`]); a longer link is a headline.
pub const CTA_MAX_WORDS: u32 = 6;

/// Goal wording of a donation counter. Adds [`W_GOAL_WORDS`]. Our own list (GiveWP's
/// "raised"/"funded", Charitable's "goal", and their translations).
pub const GOAL_PHRASES: &[&str] = &[
    "goal",
    "raised",
    "funded",
    "target",
    "of our",
    "to go",
    "donors",
    "backers",
    "supporters",
    "spendenziel",
    "gesammelt",
    "objectif",
    "collectés",
    "recaudado",
    "цель",
    "собрано",
];

/// Deadline wording of a donation countdown ("5 DAYS LEFT UNTIL THE END OF JANUARY",
/// "noch 9 Tage", "plus que 6 jours"). Adds [`W_DEADLINE_WORDS`]. WIDGETS.md's examples.
pub const DEADLINE_PHRASES: &[&str] = &[
    "days left",
    "day left",
    "days to go",
    "hours left",
    "until the end of",
    "days remaining",
    "noch ",
    "plus que",
    "jours restants",
    "días restantes",
    "quedan",
    "осталось",
    "дней",
];

/// Currency symbols and codes that make a number a money amount ("2,500 $", "€1,200",
/// "12,340 ₽", "USD 50").
pub const CURRENCY_SIGNS: &[&str] = &[
    "$", "€", "£", "¥", "₽", "₹", "₴", "zł", "kr", "chf", "usd", "eur", "gbp", "rub",
];

/// Class/id token parts of a width-styled progress bar (`<div class="progress-bar"
/// style="width: 45%">`). Our own list.
pub const PROGRESS_TOKEN_WORDS: &[&str] = &["progress", "bar", "meter", "thermometer", "fill"];

/// Weight: known fundraising widget markup — enough alone.
pub const W_WIDGET: u32 = 6;
/// Weight: a link or form to a donation platform or page.
pub const W_DONATE_LINK: u32 = 4;
/// Weight: a donation class/id token (`donate-box`, `fundraising-goal`).
pub const W_DONATE_CLASS: u32 = 3;
/// Weight: a "support" class/id token.
pub const W_SUPPORT_CLASS: u32 = 1;
/// Weight: donation wording in a short text.
pub const W_DONATE_WORDS: u32 = 3;
/// Weight: "Support X"-style wording.
pub const W_SUPPORT_WORDS: u32 = 1;
/// Weight: the wording is on a link or button (a call to action).
pub const W_CTA: u32 = 2;
/// Weight per money amount (up to [`MAX_AMOUNTS_COUNTED`]).
pub const W_AMOUNT: u32 = 1;
/// Money amounts counted at most.
pub const MAX_AMOUNTS_COUNTED: u32 = 3;
/// Weight: goal wording.
pub const W_GOAL_WORDS: u32 = 2;
/// Weight: countdown wording.
pub const W_DEADLINE_WORDS: u32 = 2;
/// Weight: a `<progress>`, `role=progressbar` or width-styled bar.
pub const W_PROGRESS: u32 = 2;
/// A fundraising box that contains a smaller qualifying box replaces it only when its score
/// is higher by this much (it adds evidence, not just unrelated neighbours); otherwise the
/// smaller box is grown by climbing.
pub const MIN_SCORE_GAIN: u32 = 2;
/// Score from which a compact box is a fundraising widget. Tuned on our fixtures: the seed's
/// counter (3 amounts + deadline + bar = 7), a "Support X" link to a donate page (8), a
/// donate button (9); a paragraph mentioning donations scores 3 and a price 1.
pub const FUNDRAISING_THRESHOLD: u32 = 5;

/// Longest text (bytes) scanned for wording and amounts: longer text nodes are prose.
pub const SIGNAL_TEXT_MAX_BYTES: usize = 400;
/// Largest fundraising box (non-whitespace bytes of text). A long appeal letter is allowed;
/// an article section is not.
pub const FUNDRAISING_BOX_MAX_BYTES: u32 = 1500;
/// Largest box whose only evidence is wording (no link, markup, class, amount or bar): a
/// "Support X" banner, not a paragraph. From the task brief ("≤ ~25 words").
pub const WORDING_ONLY_MAX_WORDS: u32 = 25;
/// A paragraph with this many words is article prose: a box containing more than
/// [`MAX_LONG_PARAS_IN_BOX`] of them is not a widget.
pub const LONG_PARA_WORDS: u32 = 45;
/// Long paragraphs a clutter box may contain (an appeal's letter).
pub const MAX_LONG_PARAS_IN_BOX: u32 = 1;

/// Climbing from the evidence to the widget's outer box: the parent may add at most this
/// many bytes of text …
pub const CLIMB_SLACK_BYTES: u32 = 80;
/// … and at most this share (percent) of the current box's own text (so a "3 Comments" link
/// does not take the byline with it).
pub const CLIMB_SLACK_PERCENT: u32 = 100;

/// An element (other than a known comment system) whose text is more than this share
/// (percent) of the page's paragraph text holds the article, not clutter.
pub const MAX_SHARE_OF_PARA_TEXT: u32 = 50;
/// A comment-ish inline element inside a block whose text exceeds its own by this many bytes
/// sits inside prose (`<span class=comment>` in a paragraph) and is left alone.
pub const PROSE_EXTRA_BYTES: u32 = 40;
/// Inline elements skipped when looking for the block an element sits in.
pub const INLINE_TAGS: &[&str] = &[
    "a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "mark", "font", "abbr",
    "cite", "q", "time", "label", "code",
];
/// Text blocks that make an inline element "inside prose".
pub const PROSE_BLOCK_TAGS: &[&str] = &["p", "li", "td", "dd", "blockquote", "figcaption"];
/// Children that make a `div` a container rather than a paragraph written without `<p>`:
/// Readability.js's `DIV_TO_P_ELEMS` (a div without any of them is scored as a paragraph;
/// `<pre>` is scored as one too, its `DEFAULT_TAGS_TO_SCORE`). Pages whose text sits in bare
/// divs or preformatted blocks have an article body too, and a late widget's few `<p>`
/// must not pass for it.
pub const DIV_BLOCK_CHILD_TAGS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
];
/// Paragraphs shorter than this (bytes) do not count towards locating the main text.
pub const MIN_PARA_BYTES: u32 = 25;

/// Weight: donation wording in a short heading ("Support our journalism").
pub const W_HEADING: u32 = 2;
/// A prose block (`p`, `li`, …) with more words than this, most of them outside links, is a
/// sentence: the signals inside it do not count for a box around it ("people who <a
/// href=/donate>donate</a> regularly…"). Our fixtures' button rows and one-line appeals are
/// link-dominated or shorter.
pub const PROSE_KEEP_MAX_WORDS: u32 = 8;
/// Largest box (non-whitespace text bytes) that neighbouring fundraising boxes are merged
/// into: a heading, a short appeal and its buttons (the fixtures' boxes are under 400).
pub const FUNDRAISING_MERGE_MAX_BYTES: u32 = 800;

/// Containers that neighbouring fundraising boxes are never merged into: menus and page
/// landmarks group unrelated links ("Contribute" and "Subscribe" in a site menu).
pub const MERGE_STOP_TAGS: &[&str] = &[
    "nav", "ul", "ol", "menu", "header", "footer", "table", "tbody", "tr", "form",
];

/// Elements that may stand beside a comment system inside its section as notes ("Comments are
/// moderated", "Sign in with GitHub to reply") when the widget is grown to the section.
pub const NOTE_TAGS: &[&str] = &["p", "span", "small", "em", "strong"];
